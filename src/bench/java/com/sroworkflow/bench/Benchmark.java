package com.sroworkflow.bench;

import com.sroworkflow.bench.StatementCounter.Counts;
import com.sroworkflow.bench.Throughput.Kind;
import com.sroworkflow.bench.Throughput.Staff;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark of issue 9: throughput against the bare engine, task-list latency at state scale, start-up
 * and memory, SQL cost per step. Run with {@code mvn -B -Pbenchmark verify} ({@code -Dbench.mode=quick}
 * for a short run); prints the tables and writes {@code docs/benchmarks.md}.
 */
public final class Benchmark {

  final boolean quick;
  final Report report = new Report();
  final String runId = Long.toString(System.currentTimeMillis() % 1_000_000);

  Benchmark(boolean quick) {
    this.quick = quick;
  }

  public static void main(String[] args) throws Exception {
    boolean quick = args.length > 0 && args[0].equals("quick");
    Set<String> parts = args.length > 1 ? Set.of(args[1].split(",")) : Set.of("throughput", "tasklist", "startup");
    new Benchmark(quick).run(parts);
    System.exit(0);
  }

  void run(java.util.Set<String> parts) throws Exception {
    report.started = ZonedDateTime.now(ZoneOffset.UTC);
    report.loadBefore = Machine.loadAverage();
    log("SRO Workflow benchmark, " + (quick ? "quick" : "full") + " mode; " + Machine.describe());
    if (parts.contains("startup")) {
      new StartUp(this).run();
    }
    if (parts.contains("throughput")) {
      Path h2 = Path.of("target", "bench", "h2-" + runId);
      throughput(new BenchApp.Database("H2", "jdbc:h2:file:" + h2.toAbsolutePath() + "/sro;DB_CLOSE_ON_EXIT=FALSE",
          "sa", ""), false);
    }
    if (parts.contains("throughput") || parts.contains("tasklist")) {
      String reuse = System.getProperty("bench.reuseDb");
      String dbName = reuse != null ? reuse : "sro_bench_" + runId;
      if (reuse == null) {
        Postgres.create(dbName);
      }
      try {
        BenchApp.Database pg = new BenchApp.Database("PostgreSQL", Postgres.url(dbName), "postgres", "");
        ConfigurableApplicationContext ctx = null;
        try {
          if (parts.contains("throughput")) {
            ctx = throughput(pg, true);
          } else {
            ctx = BenchApp.start(pg, Map.of());
          }
          if (parts.contains("tasklist")) {
            new TaskListLatency(this, ctx, dbName).run();
          }
        } finally {
          if (ctx != null) {
            ctx.close();
          }
        }
      } finally {
        if (parts.contains("keep") || reuse != null) {
          log("kept database " + dbName);
        } else {
          Postgres.drop(dbName);
        }
      }
    }
    report.loadAfter = Machine.loadAverage();
    report.finished = ZonedDateTime.now(ZoneOffset.UTC);
    String md = report.markdown(this);
    System.out.println();
    System.out.println(md);
    Path out = quick ? Path.of("target", "benchmarks-quick.md") : Path.of("docs", "benchmarks.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, md);
    log("wrote " + out);
  }

  /** Part 1 and 4 on one database; returns the still-running application when asked to keep it. */
  ConfigurableApplicationContext throughput(BenchApp.Database db, boolean keep) throws Exception {
    log("throughput on " + db.name() + ": starting the application");
    ConfigurableApplicationContext ctx = BenchApp.start(db, Map.of("camunda.bpm.job-execution.enabled", "false"));
    boolean ok = false;
    try {
      Throughput tp = new Throughput(ctx);
      int warmup = quick ? 5 : 20;
      for (Kind kind : Kind.values()) {
        for (int i = 0; i < warmup; i++) {
          tp.run(kind, Throughput.LHS);
        }
      }
      tp.drainJobs();
      log("warmed up");
      int referrals = quick ? 15 : 60;
      int threats = quick ? 8 : 30;
      for (int threads = 1; threads <= 2; threads++) {
        for (Kind kind : Kind.values()) {
          int n = kind.userTasks == 4 ? referrals : threats;
          long sizeBefore = threads == 1 ? databaseSize(ctx) : -1;
          double rate = tp.measure(kind, threads, n);
          if (sizeBefore >= 0) {
            long grown = databaseSize(ctx) - sizeBefore;
            if (grown > 0) {
              report.sizePer10k.put(db.name() + "|" + kind.label, grown * 10_000.0 / n);
            }
          }
          report.rates.put(db.name() + "|" + threads + "|" + kind.name(), rate);
          log(String.format("%s %d thread(s) %-24s %7.1f cases/s", db.name(), threads, kind.label, rate));
        }
      }
      report.optimisticRetries.put(db.name(), tp.retries.get());
      costPerStep(tp, db.name());
      memory(db.name());
      ok = true;
      if (keep) {
        return ctx;
      }
      ctx.close();
      return null;
    } finally {
      if (!ok) {
        ctx.close();
      }
    }
  }

  /** Part 4: statements and commits of one principal acknowledgement, against the bare user task. */
  void costPerStep(Throughput tp, String db) {
    int n = 10;
    Staff s = Throughput.LHS;
    for (String key : List.of("studentReferral", "benchBareReferral")) {
      Counts step = new Counts();
      Counts whole = new Counts();
      for (int i = 0; i < n; i++) {
        Counts c0 = StatementCounter.snapshot();
        String pi = tp.startReferral(s, key);
        String taskId = tp.task(pi, "AcknowledgeReferral").getId();
        Counts c1 = StatementCounter.snapshot();
        if (i == 0) {
          StatementCounter.startRecording();
        }
        tp.completeTask(s.principal(), taskId, Map.of("acknowledgementComment", "Seen, thank you."));
        Counts c2 = StatementCounter.snapshot();
        if (i == 0) {
          report.statements.put(db + "|" + key, StatementCounter.stopRecording());
        }
        tp.finishReferral(s, pi);
        Counts c3 = StatementCounter.snapshot();
        add(step, c2.minus(c1));
        add(whole, c3.minus(c0));
      }
      report.costs.put(db + "|" + key, new double[] {
          step.statements / (double) n, step.roundTrips / (double) n, step.commits / (double) n,
          whole.statements / (double) n, whole.roundTrips / (double) n, whole.commits / (double) n});
    }
    tp.drainJobs();
  }

  private static void add(Counts sum, Counts c) {
    sum.statements += c.statements;
    sum.roundTrips += c.roundTrips;
    sum.commits += c.commits;
  }

  void memory(String db) {
    System.gc();
    Throughput.sleep(200);
    System.gc();
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    report.memory.put(db, new long[] {heap.getUsed(), heap.getCommitted(), heap.getMax(), Machine.rssBytes()});
  }

  long databaseSize(ConfigurableApplicationContext ctx) {
    DataSource ds = ctx.getBean(DataSource.class);
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      if (!c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
        return -1;
      }
      try (ResultSet rs = st.executeQuery("select pg_database_size(current_database())")) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static void log(String line) {
    System.out.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + line);
  }
}
