package com.sroworkflow.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sroworkflow.bench.Throughput.Kind;
import com.sroworkflow.bench.Throughput.Side;
import com.sroworkflow.bench.Throughput.Staff;
import com.sroworkflow.bench.Throughput.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark of issues 9 and 20: ours against a bare Camunda engine in alternating equal windows, driven over
 * HTTP as Tasklist users, with mail through a real SMTP server; the task list at state scale with concurrent
 * principals against its own unauthorized floor; database space per closed case; start-up. Run with
 * {@code mvn -B -Pbenchmark verify} ({@code -Dbench.mode=quick} for a short run); prints the tables and writes
 * {@code docs/benchmarks.md} (quick: {@code target/benchmarks-quick.md}).
 *
 * <p>Arguments: the mode ({@code full} or {@code quick}) and optionally the parts, comma separated
 * ({@code throughput}, {@code tasklist}, {@code startup}; default all). System properties, all passed through
 * by the Maven profile: {@code bench.pg.host}, {@code bench.reuseDb} (the task-list database to keep and reuse),
 * {@code bench.windows}, {@code bench.windowSeconds}, {@code bench.sizeCases}, {@code bench.schools}.
 */
public final class Benchmark {

  static final int OURS_PORT = 8361;
  static final int OURS_PROBE = 8362;
  static final int BARE_PORT = 8363;
  static final int BARE_PROBE = 8364;
  static final int SMTP_PORT = intProperty("bench.smtpPort", 8365);

  final boolean quick;
  final Report report = new Report();
  final String runId = Long.toString(System.currentTimeMillis() % 1_000_000);
  GreenMail mail;

  Benchmark(boolean quick) {
    this.quick = quick;
  }

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0].trim() : "full";
    String[] words = mode.split("[\\s]+", 2);
    boolean quick = words[0].equals("quick");
    String partList = args.length > 1 ? args[1] : words.length > 1 ? words[1] : property("bench.parts", "");
    Set<String> parts = partList.isBlank() ? Set.of("throughput", "tasklist", "startup")
        : new LinkedHashSet<>(Arrays.asList(partList.trim().split("[,\\s]+")));
    int code = 0;
    try {
      new Benchmark(quick).run(parts);
    } catch (Throwable e) {
      e.printStackTrace();
      code = 1;
    }
    System.exit(code);
  }

  /** A system property, where the Maven profile's empty default counts as unset. */
  static String property(String name, String fallback) {
    String v = System.getProperty(name);
    return v == null || v.isBlank() || v.startsWith("${") ? fallback : v.trim();
  }

  static int intProperty(String name, int fallback) {
    return Integer.parseInt(property(name, Integer.toString(fallback)));
  }

  void run(Set<String> parts) throws Exception {
    report.started = ZonedDateTime.now(ZoneOffset.UTC);
    report.loadBefore = Machine.loadAverage();
    log("SRO Workflow benchmark, " + (quick ? "quick" : "full") + " mode, parts " + parts + "; " + Machine.describe()
        + "; PostgreSQL at " + Postgres.HOST);
    mail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    try {
      // First, while nothing else of the benchmark runs: start-up is timed on a machine as quiet as it gets.
      if (parts.contains("startup")) {
        part("startup", () -> new StartUp(this).run());
      }
      // The task list's application starts next: its start-up overlaps the throughput part (it idles meanwhile,
      // the same for ours and bare).
      boolean dataOnly = parts.contains("tasklist-data");
      TaskListLatency taskList = null;
      if (parts.contains("tasklist") || dataOnly) {
        TaskListLatency t = new TaskListLatency(this);
        t.dataOnly = dataOnly;
        if (part("tasklist (its application's start)", t::start)) {
          taskList = t;
        }
      }
      if (parts.contains("throughput")) {
        part("throughput", this::throughput);
      }
      if (taskList != null) {
        part("tasklist", taskList::run);
      }
    } finally {
      mail.stop();
      write();
    }
  }

  /**
   * Writes the report of what has been measured so far: after every part and at the end, so that a part that
   * fails, or a run stopped from outside, leaves the figures of the parts before it on the page.
   */
  private void write() {
    try {
      report.loadAfter = Machine.loadAverage();
      report.finished = ZonedDateTime.now(ZoneOffset.UTC);
      String md = report.markdown(this);
      Path out = quick ? Path.of("target", "benchmarks-quick.md") : Path.of("docs", "benchmarks.md");
      Files.createDirectories(out.getParent());
      Files.writeString(out, md);
      log("wrote " + out);
    } catch (Throwable e) {
      e.printStackTrace();
    }
  }

  interface Part {
    void run() throws Exception;
  }

  /**
   * Runs one part of the benchmark; whatever it throws (an error of the JVM included) is named in the report and
   * the run goes on with the next part. Its duration goes in the report; the report is written after it.
   */
  private boolean part(String name, Part part) {
    long t0 = System.nanoTime();
    log("part " + name + ": begins");
    boolean ok = true;
    try {
      part.run();
    } catch (Throwable e) {
      ok = false;
      e.printStackTrace();
      report.sections.put("Part " + name + " failed", "The run's part `" + name + "` failed: `" + e + "`; its figures "
          + "are missing or incomplete (the log of the run has the stack trace).");
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    report.partSeconds.merge(name, seconds, Double::sum);
    log(String.format("part %s: %s in %.0f s", name, ok ? "done" : "FAILED", seconds));
    write();
    return ok;
  }

  /** Items 1, 2, 4 and 5 of issue 20: ours and the bare engine, each in its own JVM and database. */
  void throughput() throws Exception {
    String attach = property("bench.attach", null);
    String id = attach != null ? attach : runId;
    String oursDb = "sro_bench_ours_" + id;
    String bareDb = "sro_bench_bare_" + id;
    if (attach == null) {
      Postgres.create(oursDb);
      Postgres.create(bareDb);
    }
    try (Child oursApp = attach != null ? Child.attach("ours", OURS_PORT, OURS_PROBE, oursDb)
            : Child.ours(OURS_PORT, OURS_PROBE, oursDb, SMTP_PORT, runId);
        Child bareApp = attach != null ? Child.attach("bare", BARE_PORT, BARE_PROBE, bareDb)
            : Child.bare(BARE_PORT, BARE_PROBE, bareDb, runId)) {
      bareApp.awaitReady(Duration.ofMinutes(10));
      oursApp.awaitReady(Duration.ofMinutes(10));
      Side ours = new Side(oursApp, false);
      Side bare = new Side(bareApp, true);
      report.settings.put("ours", oursApp.probe("/settings"));
      report.settings.put("bare", bareApp.probe("/settings"));
      Throughput tp = new Throughput(mail);
      int threads = 2;
      int warmup = quick ? 2 : 4;
      for (Side side : List.of(ours, bare)) {
        for (Kind kind : Kind.values()) {
          tp.cases(side, kind, warmup, threads);
        }
      }
      log("warmed up");
      int rounds = intProperty("bench.windows", quick ? 5 : 5);
      double seconds = intProperty("bench.windowSeconds", quick ? 8 : 15);
      report.windowSeconds = seconds;
      report.threads = threads;
      for (int round = 1; round <= rounds; round++) {
        for (Kind kind : Kind.values()) {
          // Who goes first alternates, so a drift of the machine's load favors neither.
          List<Side> order = round % 2 == 1 ? List.of(ours, bare) : List.of(bare, ours);
          for (Side side : order) {
            report.windows.add(tp.window(side, kind, round, seconds, threads));
          }
        }
      }
      report.optimisticRetries = tp.retries.get();
      costPerStep(tp, ours, bare);
      // Size: at least sizeCases closed cases of each kind on each side, counted over the windows and topped up.
      int sizeCases = intProperty("bench.sizeCases", quick ? 30 : 1000);
      // On a busy machine 1,000 cases of each kind on each side can take hours: each of the four gets at most
      // bench.sizeMinutes / 4, and the report says how many cases the figure is over.
      double sizeMinutes = Double.parseDouble(property("bench.sizeMinutes", quick ? "2" : "5"));
      report.sizeCasesWanted = sizeCases;
      for (Side side : List.of(ours, bare)) {
        for (Kind kind : Kind.values()) {
          int cases = 0;
          long bytes = 0;
          for (Window w : report.windows) {
            if (w.side().equals(side.label()) && w.kind() == kind) {
              cases += w.cases();
              bytes += w.bytes();
            }
          }
          if (cases < sizeCases) {
            log("size: " + (sizeCases - cases) + " more " + kind.label + " cases on " + side.label());
            Map<String, long[]> before = Throughput.tables(side);
            Window more = tp.cases(side, kind, sizeCases - cases, 2 * threads,
                System.nanoTime() + (long) (sizeMinutes / 4 * 60e9));
            Map<String, long[]> after = Throughput.tables(side);
            cases += more.cases();
            bytes += more.bytes();
            if (more.cases() > 0) {
              Map<String, double[]> perCase = new java.util.TreeMap<>();
              after.forEach((table, a) -> {
                long[] b = before.getOrDefault(table, new long[2]);
                if (a[0] != b[0] || a[1] != b[1]) {
                  perCase.put(table, new double[] {(a[0] - b[0]) / (double) more.cases(),
                      (a[1] - b[1]) / (double) more.cases()});
                }
              });
              report.sizeTables.put(side.label() + "|" + kind.name(), perCase);
            }
          }
          report.size.put(side.label() + "|" + kind.name(), new long[] {cases, bytes});
          log(String.format("size %s %s: %,d bytes over %d cases = %,d bytes per case", side.label(), kind.label,
              bytes, cases, bytes / cases));
        }
      }
      if (oursApp.process != null) {
        report.memory.put("ours", Machine.rssBytes(Long.toString(oursApp.process.pid())));
        report.memory.put("bare", Machine.rssBytes(Long.toString(bareApp.process.pid())));
      }
    } finally {
      if (attach == null && !Child.keep()) {
        Postgres.drop(oursDb);
        Postgres.drop(bareDb);
      }
    }
  }

  /**
   * Statements and commits of one principal acknowledgement (the form submitted over HTTP, with what it queues
   * done), and of a whole referral, in each application's JVM, counted by its probe. Mean of 5 after the windows.
   */
  void costPerStep(Throughput tp, Side ours, Side bare) throws Exception {
    int n = 5;
    Staff s = Throughput.LHS;
    for (Side side : List.of(ours, bare)) {
      double[] sum = new double[6];
      for (int i = 0; i < n; i++) {
        long[] c0 = side.app.counts();
        String pi = tp.startReferral(side, s);
        String taskId = tp.taskId(side, s.principal(), pi, "AcknowledgeReferral");
        tp.drain(side);
        long[] c1 = side.app.counts();
        if (i == n - 1) {
          side.app.probe("/record/start");
        }
        tp.completeTask(side, s.principal(), taskId, Map.of("acknowledgementComment", "Seen, thank you."));
        tp.drain(side);
        long[] c2 = side.app.counts();
        if (i == n - 1) {
          String[] lines = side.app.probe("/record/stop").split("\n");
          report.statements.put(side.label(), List.of(lines).subList(1, lines.length));
        }
        tp.finishReferral(side, s, pi);
        tp.drain(side);
        long[] c3 = side.app.counts();
        for (int k = 0; k < 3; k++) {
          sum[k] += c2[k] - c1[k];
          sum[3 + k] += c3[k] - c0[k];
        }
      }
      for (int k = 0; k < 6; k++) {
        sum[k] /= n;
      }
      report.costs.put(side.label(), sum);
      log(String.format("%s: acknowledgement %.1f statements / %.1f round trips / %.1f commits; whole referral %.1f / %.1f / %.1f",
          side.label(), sum[0], sum[1], sum[2], sum[3], sum[4], sum[5]));
    }
    // A whole threat assessment, step by step: where ours spends what the bare engine does not.
    for (Side side : List.of(ours, bare)) {
      tp.steps = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        tp.threat(side, s);
      }
      Map<String, double[]> mean = new LinkedHashMap<>();
      tp.steps.forEach((step, sum) -> mean.put(step, new double[] {(double) sum[0] / n, (double) sum[1] / n,
          (double) sum[2] / n}));
      tp.steps = null;
      report.threatSteps.put(side.label(), mean);
      log(side.label() + ": threat assessment, statements per step " + mean.entrySet().stream()
          .map(e -> e.getKey() + " " + Math.round(e.getValue()[0])).toList());
    }
  }

  static void log(String line) {
    System.out.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + line);
  }
}
