package com.sroworkflow.bench;

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

/**
 * Part 3, issue 20 item 6: the packaged application launched with {@code java -jar} as a process of its own, timed
 * from launch until Tasklist's first page answers 200 and the application is ready (Spring's readiness state,
 * reached once every start-up runner, the demo data's among them, has finished), over several launches: the median
 * with its spread, the CPU seconds, and what the application's own log says. In the run
 * ({@code -Dbench.parts=startup}): the jar as built and the same with the class-data sharing archive that
 * docs/operations.md tells an installation to make (extracted jar, training run), each on the H2 database a first,
 * untimed launch created, as a restarted demo finds it. {@code -Dbench.launches} (default 5, quick 2).
 *
 * <p>On its own ({@link #main}), e.g. to try JVM options (docs/operations.md, "Start-up time"):
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
    Path jar = builtJar();
    int launches = Benchmark.intProperty("bench.launches", bench.quick ? 2 : 5);
    int port = Benchmark.OURS_PORT;
    // Generous: on a busy machine one launch took 3 to 5 minutes and the training run 7 (Dec 3, load average 15).
    long timeout = 900;
    Path dir = Path.of("target", "bench", "startup-" + bench.runId).toAbsolutePath();
    Files.createDirectories(dir);
    String db = h2(dir, 0);
    Launch first = launch(jar.toString(), List.of(), port, db, dir.resolve("create.log"), timeout);
    Benchmark.log(String.format("start-up: database created (not counted) in %.1f s", first.seconds));
    measure("as built: `java -jar " + jar.getFileName() + "`", jar.toString(), List.of(), launches, port, db, dir,
        timeout);
    // The class-data sharing archive as docs/operations.md makes it: the jar extracted, a training run that
    // records the classes it loads (on a throwaway in-memory database, stopping once the context is refreshed).
    Path app = Path.of("target", "bench", "app");
    deleteTree(app);
    long t0 = System.nanoTime();
    run(dir.resolve("extract.log"), timeout, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
        app.toString());
    Path extracted = app.resolve(jar.getFileName());
    Path archive = app.resolve("app.jsa");
    run(dir.resolve("cds-training.log"), timeout, "-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh",
        "-jar", extracted.toString(), "--spring.datasource.url=jdbc:h2:mem:cds-training", "--server.port=0");
    double made = (System.nanoTime() - t0) / 1e9;
    if (!Files.exists(archive)) {
      throw new IllegalStateException("the training run made no archive; see " + dir.resolve("cds-training.log"));
    }
    bench.report.startUpNote = String.format("The archive (extracted jar and training run, as in docs/operations.md) "
        + "took %.0f s to make, once per build.", made);
    measure("with the CDS archive (docs/operations.md): `java -XX:SharedArchiveFile=app.jsa -jar app/"
        + jar.getFileName() + "`", extracted.toString(), List.of("-XX:SharedArchiveFile=" + archive), launches, port,
        db, dir, timeout);
    // Tried for the 8 s goal: on 2 cores the JIT's C2 compiler threads and the parallel collector's threads compete
    // with start-up itself for the CPU; C1 alone and the serial collector leave the cores to the start.
    measure("with the archive, C1 only and the serial collector: `java -XX:SharedArchiveFile=app.jsa "
        + "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar app/" + jar.getFileName() + "`", extracted.toString(),
        List.of("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), launches, port,
        db, dir, timeout);
  }

  /** The jar {@code mvn package} built (the benchmark runs in the verify phase, after package). */
  static Path builtJar() throws java.io.IOException {
    try (java.util.stream.Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(f -> f.getFileName().toString().matches("sro-workflow-.*\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no target/sro-workflow-*.jar: run the benchmark with "
              + "mvn -Pbenchmark verify (it packages the application first)"));
    }
  }

  private void measure(String label, String jar, List<String> jvm, int launches, int port, String db, Path dir,
      long timeout) throws Exception {
    double[] seconds = new double[launches];
    double[] cpu = new double[launches];
    double[] spring = new double[launches];
    long rss = 0;
    for (int i = 0; i < launches; i++) {
      Path log = dir.resolve("launch-" + bench.report.startUp.size() + "-" + i + ".log");
      Launch l = launch(jar, jvm, port, db, log, timeout);
      seconds[i] = l.seconds;
      cpu[i] = l.cpuSeconds;
      spring[i] = springSeconds(log);
      rss = l.rssBytes;
      Benchmark.log(String.format("start-up %s, launch %d: %.1f s (%.1f CPU s; Spring's log: %.1f s), load %s", label,
          i + 1, l.seconds, l.cpuSeconds, spring[i], Machine.loadAverage()));
    }
    bench.report.startUp.add(new Report.StartUpResult(label, seconds, cpu, spring, rss));
  }

  /** "Started SroWorkflowApplication in 9.87 seconds" from a launch's log; NaN when absent. */
  private static double springSeconds(Path log) {
    try {
      for (String line : Files.readAllLines(log)) {
        int at = line.indexOf("Started SroWorkflowApplication in ");
        if (at >= 0) {
          String rest = line.substring(at + "Started SroWorkflowApplication in ".length());
          return Double.parseDouble(rest.substring(0, rest.indexOf(' ')));
        }
      }
    } catch (Exception e) {
      return Double.NaN;
    }
    return Double.NaN;
  }

  /** Runs a JVM to its end (the archive's training run, the extraction). */
  private static void run(Path log, long timeout, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(timeout, java.util.concurrent.TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("did not end within " + timeout + " s: " + cmd + "; see " + log);
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException("exit " + p.exitValue() + ": " + cmd + "; see " + log);
    }
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
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

  private record Launch(double seconds, double cpuSeconds, long rssBytes) {}

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
      return new Launch((System.nanoTime() - start) / 1e9, cpuSeconds(app.pid()), Machine.rssBytes(Long.toString(app.pid())));
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
