package com.sroworkflow.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One measured application in a JVM of its own: ours ({@link OursApp}) or the bare engine
 * ({@code benchmark.bare.BareEngineApp}, launched with the libraries only, no project class on its class path).
 * Both get the same JVM options; the driver talks to them over HTTP only, and to their probe on a second port.
 */
final class Child implements AutoCloseable {

  static final String JVM = System.getProperty("bench.childJvm", "-Xmx512m");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  final String name;
  final int port;
  final int probePort;
  final String db;
  final Process process;
  final Path log;

  private Child(String name, int port, int probePort, String db, Process process, Path log) {
    this.name = name;
    this.port = port;
    this.probePort = probePort;
    this.db = db;
    this.process = process;
    this.log = log;
  }

  static Child ours(int port, int probePort, String db, int smtpPort, String runId) throws IOException {
    List<String> args = new ArrayList<>(List.of(OursApp.class.getName(), Integer.toString(probePort),
        "--server.port=" + port, "--spring.datasource.url=" + Postgres.url(db), "--spring.datasource.username=postgres",
        "--spring.datasource.password=", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
        "--logging.level.com.sroworkflow=WARN", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
        "--sro.mail.base-url=http://127.0.0.1:" + port));
    // The application's classes and libraries, and of the benchmark only its launcher and probe: the test classes
    // stay off the class path, or component scanning would put the tests' beans (a second statement-counting
    // DataSource proxy, test scenarios, latches) into the measured application.
    Path own = Path.of("target", "bench", "ours-classes").toAbsolutePath();
    copyClasses(Path.of("target", "test-classes").toAbsolutePath(), own, "benchmark/probe", "com/sroworkflow/bench",
        "OursApp");
    StringBuilder cp = new StringBuilder(own.toString());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.endsWith(".jar") || entry.endsWith("classes") && !entry.endsWith("test-classes")) {
        cp.append(File.pathSeparator).append(entry);
      }
    }
    return launch("ours", port, probePort, db, cp.toString(), args, runId);
  }

  /** Copies the classes of {@code pkg} (those whose names start with {@code prefix}, or all) from one tree to another. */
  private static void copyClasses(Path from, Path to, String pkg, String prefixPkg, String prefix) throws IOException {
    for (String p : List.of(pkg, prefixPkg)) {
      Files.createDirectories(to.resolve(p));
      try (Stream<Path> files = Files.list(from.resolve(p))) {
        for (Path f : files.toList()) {
          if (p.equals(pkg) || f.getFileName().toString().startsWith(prefix)) {
            Files.copy(f, to.resolve(p).resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }
  }

  static Child bare(int port, int probePort, String db, String runId) throws IOException {
    // The libraries only: no target/classes (the project) and no target/test-classes (its tests); the bare
    // engine's own classes are copied to a directory of their own.
    Path classes = Path.of("target", "bench", "bare-classes").toAbsolutePath();
    Path testClasses = Path.of("target", "test-classes").toAbsolutePath();
    for (String pkg : List.of("benchmark/bare", "benchmark/probe")) {
      Path from = testClasses.resolve(pkg);
      Files.createDirectories(classes.resolve(pkg));
      try (Stream<Path> files = Files.list(from)) {
        for (Path f : files.toList()) {
          Files.copy(f, classes.resolve(pkg).resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    StringBuilder cp = new StringBuilder(classes.toString());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.endsWith(".jar")) {
        cp.append(File.pathSeparator).append(entry);
      }
    }
    List<String> args = List.of("benchmark.bare.BareEngineApp", Integer.toString(port), Integer.toString(probePort),
        Postgres.url(db));
    return launch("bare", port, probePort, db, cp.toString(), args, runId);
  }

  private static Child launch(String name, int port, int probePort, String db, String classpath, List<String> args,
      String runId) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of(JVM.trim().split("\\s+")));
    cmd.add("-cp");
    cmd.add(classpath);
    cmd.addAll(args);
    Path log = Path.of("target", "bench", name + "-" + runId + ".log");
    Files.createDirectories(log.getParent());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Benchmark.log("started " + name + " (pid " + p.pid() + ", port " + port + ", database " + db + ", log " + log + ")");
    return new Child(name, port, probePort, db, p, log);
  }

  /** Waits until the probe answers (the application has started and set itself up). */
  Child awaitReady(Duration timeout) throws Exception {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (process != null && !process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + ", see " + log);
      }
      try {
        probe("/counts");
        Benchmark.log(name + " is up");
        return this;
      } catch (IOException notYet) {
        Throughput.sleep(500);
      }
    }
    throw new IllegalStateException(name + " did not start in " + timeout + ", see " + log);
  }

  String probe(String path) throws IOException {
    try {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + probePort + path))
          .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      return r.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** Statements, round trips and commits the whole JVM has sent so far. */
  long[] counts() throws IOException {
    String[] f = probe("/counts").trim().split(" ");
    return new long[] {Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2])};
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  /**
   * For working on the benchmark: {@code -Dbench.attach=runId} uses the applications a run started with
   * {@code -Dbench.keepApps=true} (still running, their databases kept) instead of starting new ones.
   */
  static Child attach(String name, int port, int probePort, String db) {
    return new Child(name, port, probePort, db, null, null);
  }

  static boolean keep() {
    return Boolean.parseBoolean(Benchmark.property("bench.keepApps", "false"));
  }

  @Override
  public void close() {
    if (process == null || keep()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
