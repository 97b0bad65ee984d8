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
}
