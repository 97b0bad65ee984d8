package com.sroworkflow.bench;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Part 3: the application launched as its own process (as {@code java -jar} would), timed from launch to
 * the first successful {@code /actuator/health}, on a fresh H2 database, again on the same database, and
 * on a fresh PostgreSQL database.
 *
 * <p>On its own ({@link #main}), issue 20 item 6: the packaged application launched with {@code java -jar}, timed
 * from launch until Tasklist's first page answers 200 and the application is ready (Spring's readiness state,
 * reached once every start-up runner, the demo data's among them, has finished), over several launches: the
 * median with its spread and the CPU seconds. Usage (docs/operations.md, "Start-up time"):
 * <pre>
 * mvn -Pbenchmark package            # the jar, and this class under target/test-classes
 * java -cp target/test-classes com.sroworkflow.bench.StartUp [--jar=target/sro-workflow-0.1.0-SNAPSHOT.jar]
 *     [--launches=5] [--port=8310] [--fresh] [--timeout=600] [-- JVM options, e.g. -XX:SharedArchiveFile=target/app/app.jsa]
 * </pre>
 * Without {@code --fresh} the first launch creates an H2 database (schemas, models, demo data) that the timed
 * launches start on again, as a restarted demo does; with it, each timed launch gets a new database.
 */
final class StartUp {

  private final Benchmark bench;

  StartUp(Benchmark bench) {
    this.bench = bench;
  }

  void run() throws Exception {
    Path h2 = Path.of("target", "bench", "startup-" + bench.runId).toAbsolutePath();
    String h2Url = "jdbc:h2:file:" + h2 + "/sro;DB_CLOSE_ON_EXIT=FALSE";
    measure("H2, fresh database (schema, models, demo data created)", h2Url, "sa");
    measure("H2, second start on the same database", h2Url, "sa");
    measure("H2, second start, JVM option -XX:TieredStopAtLevel=1", h2Url, "sa", "-XX:TieredStopAtLevel=1");
    String db = "sro_bench_start_" + bench.runId;
    Postgres.create(db);
    try {
      measure("PostgreSQL, fresh database", Postgres.url(db), "postgres");
      measure("PostgreSQL, second start", Postgres.url(db), "postgres");
    } finally {
      Postgres.drop(db);
    }
  }

  private void measure(String label, String url, String user, String... jvmOptions) throws Exception {
    String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !e.endsWith("test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    cmd.addAll(List.of(jvmOptions));
    cmd.addAll(List.of("-Xmx512m", "-cp", classpath, "com.sroworkflow.SroWorkflowApplication",
        "--server.port=" + BenchApp.PORT, "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
        "--spring.datasource.password="));
    Path log = Path.of("target", "bench", "startup-" + bench.runId + "-" + bench.report.startUp.size() + ".log");
    Files.createDirectories(log.getParent());
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + BenchApp.PORT + "/actuator/health"))
        .timeout(Duration.ofSeconds(2)).build();
    long start = System.nanoTime();
    Process app = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      while (true) {
        if (!app.isAlive()) {
          throw new IllegalStateException("the application stopped during start-up; see " + log);
        }
        try {
          HttpResponse<String> r = http.send(health, HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() == 200 && r.body().contains("UP")) {
            break;
          }
        } catch (java.io.IOException notYet) {
          // not listening yet
        }
        if (System.nanoTime() - start > 180e9) {
          throw new IllegalStateException("no healthy start within 3 minutes; see " + log);
        }
        Thread.sleep(50);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = Machine.cpuSeconds(Long.toString(app.pid()));
      Thread.sleep(2000);
      long rss = Machine.rssBytes(Long.toString(app.pid()));
      bench.report.startUp.add(new Report.StartUpResult(label, seconds, cpu, rss));
      Benchmark.log(String.format("start-up %s: %.1f s (%.1f CPU s), resident %d MB", label, seconds, cpu,
          rss / (1024 * 1024)));
    } finally {
      app.destroy();
      if (!app.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        app.destroyForcibly();
        app.waitFor();
      }
    }
  }

  /** The Tasklist page a person opens first, and Spring's readiness state (after every start-up runner). */
  private static final String TASKLIST = "/camunda/app/tasklist/default/";
  private static final String READY = "/actuator/health/readiness";

  public static void main(String[] args) throws Exception {
    String jar = "target/sro-workflow-0.1.0-SNAPSHOT.jar";
    int launches = 5;
    int port = 8310;
    boolean fresh = false;
    long timeout = 600;
    List<String> jvm = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) {
        jvm.addAll(Arrays.asList(args).subList(i + 1, args.length));
        break;
      } else if (a.startsWith("--jar=")) {
        jar = a.substring("--jar=".length());
      } else if (a.startsWith("--launches=")) {
        launches = Integer.parseInt(a.substring("--launches=".length()));
      } else if (a.startsWith("--port=")) {
        port = Integer.parseInt(a.substring("--port=".length()));
      } else if (a.startsWith("--timeout=")) {
        timeout = Long.parseLong(a.substring("--timeout=".length()));
      } else if (a.equals("--fresh")) {
        fresh = true;
      } else {
        throw new IllegalArgumentException("unknown argument " + a);
      }
    }
    Path dir = Files.createTempDirectory("sro-startup-");
    System.out.printf("java -jar %s, JVM options %s, %s database, %d launches, %d cores, load %s%n", jar, jvm,
        fresh ? "a fresh H2" : "the same H2", launches, Runtime.getRuntime().availableProcessors(), load());
    if (!fresh) {
      Launch first = launch(jar, jvm, port, h2(dir, 0), dir.resolve("create.log"), timeout);
      System.out.printf("database created (not counted): %.2f s, %.1f CPU s%n", first.seconds, first.cpuSeconds);
    }
    List<Launch> timed = new ArrayList<>();
    for (int i = 1; i <= launches; i++) {
      Launch l = launch(jar, jvm, port, h2(dir, fresh ? i : 0), dir.resolve("launch-" + i + ".log"), timeout);
      timed.add(l);
      System.out.printf("launch %d: %.2f s to Tasklist with demo data (%.1f CPU s), load %s%n", i, l.seconds,
          l.cpuSeconds, load());
    }
    List<Double> s = timed.stream().map(l -> l.seconds).sorted().toList();
    List<Double> c = timed.stream().map(l -> l.cpuSeconds).sorted().toList();
    System.out.printf("median %.2f s (min %.2f, max %.2f), CPU median %.1f s (min %.1f, max %.1f); logs in %s%n",
        median(s), s.get(0), s.get(s.size() - 1), median(c), c.get(0), c.get(c.size() - 1), dir);
  }

  private record Launch(double seconds, double cpuSeconds) {}

  private static String h2(Path dir, int n) {
    return "jdbc:h2:file:" + dir.resolve("db-" + n).resolve("sro") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
  }

  /** One launch as a person runs it, timed until Tasklist's page answers 200 and the application is ready. */
  private static Launch launch(String jar, List<String> jvm, int port, String url, Path log, long timeout)
      throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    cmd.addAll(jvm);
    cmd.addAll(List.of("-jar", jar, "--server.port=" + port, "--spring.datasource.url=" + url,
        "--management.endpoint.health.probes.enabled=true"));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long start = System.nanoTime();
    Process app = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      boolean page = false;
      boolean ready = false;
      while (!(page && ready)) {
        if (!app.isAlive()) {
          throw new IllegalStateException("the application stopped during start-up; see " + log);
        }
        if (System.nanoTime() - start > timeout * 1e9) {
          throw new IllegalStateException("not ready within " + timeout + " s; see " + log);
        }
        page = page || status(http, port, TASKLIST) == 200;
        ready = ready || status(http, port, READY) == 200;
        if (!(page && ready)) {
          Thread.sleep(20);
        }
      }
      return new Launch((System.nanoTime() - start) / 1e9, cpuSeconds(app.pid()));
    } finally {
      app.destroy();
      if (!app.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        app.destroyForcibly();
        app.waitFor();
      }
    }
  }

  private static int status(HttpClient http, int port, String path) throws InterruptedException {
    try {
      return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
          .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (java.io.IOException notYet) {
      return -1;
    }
  }

  /** User and system CPU time of the process so far (/proc/PID/stat, clock ticks of 1/100 s). */
  private static double cpuSeconds(long pid) throws java.io.IOException {
    String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
  }

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (java.io.IOException e) {
      return "?";
    }
  }

  private static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
