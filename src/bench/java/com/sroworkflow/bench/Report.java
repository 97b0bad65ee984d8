package com.sroworkflow.bench;

import com.sroworkflow.bench.Throughput.Kind;
import com.sroworkflow.bench.Throughput.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of one run, as the Markdown of docs/benchmarks.md, each with its spread and its goal. */
final class Report {

  /** One way of launching the application, timed over several launches (seconds, CPU seconds, each launch). */
  record StartUpResult(String label, double[] seconds, double[] cpuSeconds, double[] springSeconds, long rssBytes) {}

  /**
   * One task-list request kind under one load, with the same requests' figures without authorization checks, and
   * how many requests of each failed (an error answer or no answer; not in the percentiles).
   */
  record Latency(String load, String what, int n, double[] pct, double[] floor, long rows, int failed,
      int floorN, int floorFailed) {}

  ZonedDateTime started;
  ZonedDateTime finished;
  String loadBefore;
  String loadAfter;
  String loadDuringTaskList;
  double windowSeconds;
  int threads;
  long optimisticRetries;
  int sizeCasesWanted;
  final Map<String, String> settings = new LinkedHashMap<>();
  final List<Window> windows = new ArrayList<>();
  final Map<String, long[]> size = new LinkedHashMap<>();
  /** Per side and kind, per table: bytes and rows inserted per closed case (over the cases run for the size). */
  final Map<String, Map<String, double[]>> sizeTables = new LinkedHashMap<>();
  final Map<String, double[]> costs = new LinkedHashMap<>();
  /** Per side, per step of a whole threat assessment: mean statements, round trips, commits. */
  final Map<String, Map<String, double[]>> threatSteps = new LinkedHashMap<>();
  final Map<String, List<String>> statements = new LinkedHashMap<>();
  final Map<String, Long> memory = new LinkedHashMap<>();
  final List<StartUpResult> startUp = new ArrayList<>();
  final List<Latency> latencies = new ArrayList<>();
  final List<String> taskListSetup = new ArrayList<>();
  /** How long each part of the run took, in seconds. */
  final Map<String, Double> partSeconds = new LinkedHashMap<>();
  String startUpNote;
  /** Sections other parts of the benchmark add (title, Markdown body), in the order added. */
  final Map<String, String> sections = new LinkedHashMap<>();
  private final List<String[]> goals = new ArrayList<>();

  static double median(double[] values) {
    return quantile(values, 0.5);
  }

  /** Linear-interpolated quantile of the values (q from 0 to 1). */
  static double quantile(double[] values, double q) {
    double[] s = values.clone();
    Arrays.sort(s);
    if (s.length == 0) {
      return Double.NaN;
    }
    double pos = q * (s.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(s.length - 1, lo + 1);
    return s[lo] + (s[hi] - s[lo]) * (pos - lo);
  }

  static String spread(double[] v, String format) {
    return String.format(format + " (IQR " + format + " to " + format + ", range " + format + " to " + format + ")",
        median(v), quantile(v, 0.25), quantile(v, 0.75), quantile(v, 0), quantile(v, 1));
  }

  /** ours / bare of each round, for one kind. */
  double[] ratios(Kind kind) {
    List<Double> r = new ArrayList<>();
    for (Window o : windows) {
      if (o.side().equals("ours") && o.kind() == kind) {
        for (Window b : windows) {
          if (b.side().equals("bare") && b.kind() == kind && b.round() == o.round()) {
            r.add(o.rate() / b.rate());
          }
        }
      }
    }
    return r.stream().mapToDouble(Double::doubleValue).toArray();
  }

  double[] rates(String side, Kind kind) {
    return windows.stream().filter(w -> w.side().equals(side) && w.kind() == kind).mapToDouble(Window::rate).toArray();
  }

  private static String failedRate(int failed, int ok) {
    return failed == 0 ? "0" : String.format("%d, %.1f%%", failed, 100.0 * failed / (failed + ok));
  }

  private void goal(String what, String measured, boolean met) {
    goals.add(new String[] {what, measured, met ? "**met**" : "**missed**"});
  }

  String markdown(Benchmark bench) throws Exception {
    goals.clear();
    StringBuilder body = new StringBuilder();
    // Each section on its own: a section that cannot be written (figures missing after a failed part) says so and
    // the others are still written.
    section(body, "throughput", this::throughput);
    section(body, "cost per step", this::costs);
    section(body, "size", this::sizes);
    section(body, "task list", this::taskList);
    section(body, "start-up", this::startUp);
    for (Map.Entry<String, String> s : sections.entrySet()) {
      body.append("## ").append(s.getKey()).append("\n\n").append(s.getValue()).append("\n\n");
    }
    settings(body);

    StringBuilder md = new StringBuilder();
    md.append("# Benchmarks\n\n");
    md.append("Written by the benchmark (`mvn -B -Pbenchmark verify`, see [benchmarking.md](benchmarking.md)); do not edit the "
        + "figures by hand.\n\n");
    md.append("- Run: ").append(started).append(" to ").append(finished).append(", ")
        .append(bench.quick ? "**quick mode** (short windows, few cases: rough figures)" : "full mode").append("\n");
    md.append("- Machine: ").append(Machine.describe()).append("\n");
    md.append("- Load average (1, 5, 15 min) before: ").append(loadBefore).append(", after: ").append(loadAfter);
    if (loadDuringTaskList != null) {
      md.append(", during the task-list queries: ").append(loadDuringTaskList);
    }
    md.append(". The machine is shared with other builds, so absolute figures are noisy; ours and the bare engine "
        + "are measured in alternating windows of the same run, and each figure is given with its spread.\n");
    if (!partSeconds.isEmpty()) {
      md.append("- Duration of each part: ");
      StringBuilder d = new StringBuilder();
      partSeconds.forEach((part, sec) -> d.append(d.length() == 0 ? "" : ", ").append(part)
          .append(String.format(" %.1f min", sec / 60)));
      md.append(d).append("\n");
    }
    md.append("- PostgreSQL at ").append(Postgres.HOST).append("; ours and the bare engine each in a JVM of its own (`")
        .append(Child.JVM).append("`), each on a database of its own; engine settings as each running engine reports "
        + "them: [at the end](#engine-settings-as-running).\n\n");
    if (!goals.isEmpty()) {
      md.append("## Goals (issue 20)\n\n| goal | measured: median (spread) | |\n|---|---|---|\n");
      for (String[] g : goals) {
        md.append("| ").append(g[0]).append(" | ").append(g[1]).append(" | ").append(g[2]).append(" |\n");
      }
      md.append("\n");
    }
    md.append(body);
    Path findings = Path.of("src", "bench", "findings.md");
    if (Files.exists(findings)) {
      md.append(Files.readString(findings));
    }
    return md.toString();
  }

  private static void section(StringBuilder body, String name, java.util.function.Consumer<StringBuilder> writer) {
    StringBuilder md = new StringBuilder();
    try {
      writer.accept(md);
      body.append(md);
    } catch (RuntimeException e) {
      body.append("## The ").append(name).append(" section could not be written\n\n`").append(e).append("`\n\n");
    }
  }

  private void throughput(StringBuilder md) {
    if (windows.isEmpty()) {
      return;
    }
    md.append("## 1. Throughput: ours against the bare engine\n\n");
    md.append(String.format("Cases driven to their end over HTTP as Tasklist users: each person signs in to Tasklist (session "
        + "and XSRF token), submits the start form and each task's form (`submit-form`; for ours through the project's "
        + "submission guard), the administrator runs the timer before the last task through the job API. %d threads, one "
        + "school each. Ours and the bare engine (a separate Camunda 7.24 Spring Boot application without project code, "
        + "models with the same user tasks on the driven path and nothing else) alternate in windows of %.0f s, who goes "
        + "first alternating by round; a window ends when its last case has ended and everything the cases queued is "
        + "done, ours' notification mails received by the benchmark's SMTP server (GreenMail). The ratio is ours / bare "
        + "of the same round. Goal (issue 20 item 4): median ratio at least 0.8.\n\n", threads, windowSeconds));
    md.append("| process | user tasks | ours (cases/s) | bare (cases/s) | ours / bare | rounds |\n|---|---|---|---|---|---|\n");
    for (Kind kind : Kind.values()) {
      double[] r = ratios(kind);
      if (r.length == 0) {
        continue;
      }
      md.append(String.format("| %s | %d | %s | %s | **%s** | %d |\n", kind.label, kind.userTasks,
          spread(rates("ours", kind), "%.2f"), spread(rates("bare", kind), "%.2f"), spread(r, "%.2f"), r.length));
      goal("throughput " + kind.label + ": ours / bare at least 0.8", spread(r, "%.2f"), median(r) >= 0.8);
    }
    md.append("\n<details><summary>Every window</summary>\n\n| round | side | process | cases | seconds | cases/s | mails "
        + "delivered | database growth (MB) |\n|---|---|---|---|---|---|---|---|\n");
    for (Window w : windows) {
      md.append(String.format("| %d | %s | %s | %d | %.1f | %.2f | %d | %.1f |\n", w.round(), w.side(), w.kind().label,
          w.cases(), w.seconds(), w.rate(), w.mails(), w.bytes() / 1048576.0));
    }
    md.append("\n</details>\n\nOptimistic-locking retries: ").append(optimisticRetries).append(".");
    if (!memory.isEmpty()) {
      md.append(" Resident memory of each application's JVM after the run: ");
      memory.forEach((k, v) -> md.append(k).append(' ').append(v >> 20).append(" MB; "));
    }
    md.append("\n\n");
  }

  private void costs(StringBuilder md) {
    if (costs.isEmpty()) {
      return;
    }
    md.append("## Cost per step: SQL statements and commits\n\n");
    md.append("Counted by the benchmark's probe, a JDBC proxy around each application's DataSource (every statement of the "
        + "JVM while the step runs, the job executor's included), mean of 5 after the windows: the principal's acknowledgement "
        + "submitted over HTTP until what it queued is done, and a whole referral (start to end, 4 tasks and the timer, with "
        + "the driver's task look-ups).\n\n");
    md.append("| application | one acknowledgement: statements / round trips / commits | whole referral: statements / round "
        + "trips / commits |\n|---|---|---|\n");
    costs.forEach((side, v) -> md.append(String.format("| %s | %.1f / %.1f / %.1f | %.1f / %.1f / %.1f |\n", side, v[0],
        v[1], v[2], v[3], v[4], v[5])));
    md.append("\n");
    threatStepCosts(md);
    statements.forEach((side, sql) -> {
      if (side.contains("first screen")) {
        return;
      }
      md.append("<details><summary>The statements of one acknowledgement, ").append(side).append(" (").append(sql.size())
          .append(")</summary>\n\n```sql\n");
      for (String s : sql) {
        md.append(s.length() > 200 ? s.substring(0, 200) + " ..." : s).append("\n");
      }
      md.append("```\n\n</details>\n\n");
    });
  }

  private void threatStepCosts(StringBuilder md) {
    if (threatSteps.size() < 2) {
      return;
    }
    var sides = List.copyOf(threatSteps.keySet());
    Map<String, double[]> ours = threatSteps.get(sides.get(0));
    Map<String, double[]> bare = threatSteps.get(sides.get(1));
    md.append("A whole threat assessment (the driven path: 10 tasks and the review's timer), step by step, mean of 5: each "
        + "step from its request until everything it queued is done (ours' mails delivered); the driver's look-ups are "
        + "not counted.\n\n");
    md.append("| step | ").append(sides.get(0)).append(": statements / commits | ").append(sides.get(1))
        .append(": statements / commits | ").append(sides.get(0)).append(" / ").append(sides.get(1)).append(" |\n|---|---|---|---|\n");
    double[] total = new double[4];
    for (String step : ours.keySet()) {
      double[] o = ours.get(step);
      double[] b = bare.getOrDefault(step, new double[3]);
      md.append(String.format("| %s | %.1f / %.1f | %.1f / %.1f | %s |\n", step, o[0], o[2], b[0], b[2],
          b[0] == 0 ? "" : String.format("%.2f", o[0] / b[0])));
      total[0] += o[0];
      total[1] += o[2];
      total[2] += b[0];
      total[3] += b[2];
    }
    md.append(String.format("| **whole case** | **%.1f / %.1f** | **%.1f / %.1f** | **%.2f** |\n\n", total[0], total[1],
        total[2], total[3], total[0] / total[2]));
  }

  private void sizes(StringBuilder md) {
    if (size.isEmpty()) {
      return;
    }
    md.append("## Database space per closed case\n\n");
    md.append("Growth of `pg_total_relation_size` summed over every table of the application's schema (engine and "
        + "application tables, with their indexes and TOAST), from before to after the cases (the windows' cases plus "
        + "more cases to reach the count), every case closed and its mail delivered, history level full. Not "
        + "extrapolated: the bytes measured divided by the cases closed. Goal (issue 20 item 5): ours at most 1.5x bare.\n\n");
    md.append("| process | ours: cases | ours: KB per case | bare: cases | bare: KB per case | ours / bare |\n"
        + "|---|---|---|---|---|---|\n");
    for (Kind kind : Kind.values()) {
      long[] o = size.get("ours|" + kind.name());
      long[] b = size.get("bare|" + kind.name());
      if (o == null || b == null) {
        continue;
      }
      double ours = o[1] / (double) o[0];
      double bare = b[1] / (double) b[0];
      md.append(String.format("| %s | %,d | %.1f | %,d | %.1f | **%.2f** |\n", kind.label, o[0], ours / 1024, b[0],
          bare / 1024, ours / bare));
      boolean enough = o[0] >= sizeCasesWanted && b[0] >= sizeCasesWanted;
      goal("space per closed " + kind.label + ": ours at most 1.5x bare", String.format("%.2fx (%.1f vs %.1f KB, over %,d and "
          + "%,d cases%s)", ours / bare, ours / 1024, bare / 1024, o[0], b[0], enough ? "" : String.format(
          "; fewer than the %,d wanted: the run's time cap", sizeCasesWanted)), ours / bare <= 1.5);
    }
    md.append("\n");
    for (Kind kind : Kind.values()) {
      Map<String, double[]> o = sizeTables.getOrDefault("ours|" + kind.name(), Map.of());
      Map<String, double[]> b = sizeTables.getOrDefault("bare|" + kind.name(), Map.of());
      if (o.isEmpty() || b.isEmpty()) {
        continue;
      }
      md.append("<details><summary>Where a closed ").append(kind.label).append(" goes, per table (rows inserted and growth "
          + "per case, over the cases run after the windows; `pg_stat_user_tables.n_tup_ins`, `pg_total_relation_size`)"
          + "</summary>\n\n| table | ours: rows per case | ours: KB per case | bare: rows per case | bare: KB per case |\n"
          + "|---|---|---|---|---|\n");
      java.util.Set<String> names = new java.util.TreeSet<>(o.keySet());
      names.addAll(b.keySet());
      names.stream().sorted((x, y) -> Double.compare(o.getOrDefault(y, new double[2])[1] + b.getOrDefault(y, new double[2])[1],
          o.getOrDefault(x, new double[2])[1] + b.getOrDefault(x, new double[2])[1])).forEach(t -> {
            double[] ov = o.getOrDefault(t, new double[2]);
            double[] bv = b.getOrDefault(t, new double[2]);
            if (ov[1] + bv[1] >= 0.05 || Math.abs(ov[0]) + Math.abs(bv[0]) > 0) {
              md.append(String.format("| %s | %.1f | %.1f | %.1f | %.1f |\n", t, ov[1], ov[0] / 1024, bv[1], bv[0] / 1024));
            }
          });
      md.append("\n</details>\n\n");
    }
  }

  private void taskList(StringBuilder md) {
    if (latencies.isEmpty()) {
      return;
    }
    md.append("## 2. The task list at state scale (PostgreSQL)\n\n");
    for (String line : taskListSetup) {
      md.append("- ").append(line).append("\n");
    }
    md.append("\nAs Tasklist 7.24 asks, through `/camunda/api/engine/engine/default` in the principals' own sessions: the "
        + "first screen (the filter list, `GET /filter/count` and `GET /filter` with `itemCount=false`; the default "
        + "filter's count, `GET /filter/{id}/count`, which Tasklist gets with the page and is asked on its own here to give "
        + "it a figure; and its first page, `POST /filter/{id}/list?firstResult=0&maxResults=15`, HAL with the filter's "
        + "count and the variables it shows), then the same every 10 seconds by each principal (Tasklist asks the page "
        + "again every 10 s while the filter has `refresh`, as the product's filters do), started evenly spread over the "
        + "10 seconds. Tasklist 7.24 shows only the open filter's count: every filter's count (`itemCount=true`, what "
        + "older Tasklists asked) is measured 1 at a time only. The floor: the same requests in the same sessions with "
        + "the engine's authorization checks switched off (the tenant check stays), measured right after in the same "
        + "run. \"1 at a time\": 30 principals' first screens one after the other, what the requests cost without "
        + "queueing. Goal (issue 20 item 3): p95 at most 30 ms for a filter's first page and its count at 200 "
        + "principals, and at most 3x the floor.\n\n");
    md.append("| principals | request | requests (failed) | p50 / p95 / p99 (ms) | floor: requests (failed) | floor p50 / p95 / p99 "
        + "(ms) | p95 / floor p95 |\n|---|---|---|---|---|---|---|\n");
    for (Latency l : latencies) {
      double ratio = l.pct()[1] / l.floor()[1];
      md.append(String.format("| %s | %s | %d (%s) | %.1f / **%.1f** / %.1f | %d (%s) | %.1f / %.1f / %.1f | %.1f |\n",
          l.load(), l.what(), l.n() + l.failed(), failedRate(l.failed(), l.n()), l.pct()[0], l.pct()[1], l.pct()[2],
          l.floorN() + l.floorFailed(), failedRate(l.floorFailed(), l.floorN()), l.floor()[0], l.floor()[1],
          l.floor()[2], ratio));
      if (l.load().startsWith("200") && (l.what().contains("first page") || l.what().contains("default filter's count"))) {
        boolean none = l.failed() == 0;
        goal("task list, 200 principals, " + l.what() + ": p95 at most 30 ms", String.format("p95 %.1f ms (p50 %.1f, p99 "
            + "%.1f)%s", l.pct()[1], l.pct()[0], l.pct()[2], none ? "" : "; " + failedRate(l.failed(), l.n())
            + " of the requests failed"), none && l.pct()[1] <= 30);
        goal("task list, 200 principals, " + l.what() + ": p95 at most 3x the unauthorized floor", String.format(
            "%.1fx (%.1f vs %.1f ms)", ratio, l.pct()[1], l.floor()[1]), none && ratio <= 3);
      }
    }
    md.append("\nA failed request (an error answer or none within 120 s) is counted in its row, not in the "
        + "percentiles; the run goes on.\n");
    md.append("\n");
    statements.forEach((what, sql) -> {
      if (!what.contains("first screen")) {
        return;
      }
      md.append("<details><summary>The statements of ").append(what).append(" (").append(sql.size())
          .append(")</summary>\n\n```sql\n");
      for (String s : sql) {
        md.append(s.length() > 300 ? s.substring(0, 300) + " ..." : s).append("\n");
      }
      md.append("```\n\n</details>\n\n");
    });
  }

  private void startUp(StringBuilder md) {
    if (startUp.isEmpty()) {
      return;
    }
    md.append("## 3. Start-up\n\n");
    md.append("`java -jar` launched as a process of its own (`StartUp`), timed from the launch until Tasklist's first page "
        + "answers 200 and the application is ready (Spring's readiness state, reached once every start-up runner, the "
        + "demo data's among them, has finished), on an H2 database that the first, untimed launch created (schemas, "
        + "models, demo data), as a restarted demo finds it. The CPU seconds are the process's own until then; \"Spring\" "
        + "is what the application's log says (`Started ... in`). Goal (issue 20 item 6): at most 8 s on this 2-core "
        + "machine.");
    if (startUpNote != null) {
      md.append(" ").append(startUpNote);
    }
    md.append("\n\n| launch | launches | seconds: median (range) | CPU seconds: median (range) | Spring's own: median | "
        + "resident memory (MB) |\n|---|---|---|---|---|---|\n");
    double best = Double.MAX_VALUE;
    String bestLabel = null;
    double[] bestSeconds = null;
    for (StartUpResult r : startUp) {
      md.append(String.format("| %s | %d | **%.1f** (%.1f to %.1f) | %.1f (%.1f to %.1f) | %.1f | %d |\n", r.label(),
          r.seconds().length, median(r.seconds()), quantile(r.seconds(), 0), quantile(r.seconds(), 1),
          median(r.cpuSeconds()), quantile(r.cpuSeconds(), 0), quantile(r.cpuSeconds(), 1), median(r.springSeconds()),
          r.rssBytes() >> 20));
      if (r.seconds().length > 0 && median(r.seconds()) < best) {
        best = median(r.seconds());
        bestLabel = r.label();
        bestSeconds = r.seconds();
      }
    }
    md.append("\n");
    if (bestLabel != null) {
      goal("start-up: `java -jar` to Tasklist with demo data at most 8 s", String.format("%.1f s (%.1f to %.1f, %d "
          + "launches: %s)", best, quantile(bestSeconds, 0), quantile(bestSeconds, 1), bestSeconds.length, bestLabel),
          best <= 8);
    }
  }

  private void settings(StringBuilder md) {
    if (settings.isEmpty()) {
      return;
    }
    md.append("## Engine settings as running\n\nRead by the benchmark's probe from each running engine's "
        + "`ProcessEngineConfiguration` (and its connection pool), not written by hand.\n\n");
    settings.forEach((side, text) -> md.append("<details><summary>").append(side).append("</summary>\n\n```\n")
        .append(text.trim()).append("\n```\n\n</details>\n\n"));
  }
}
