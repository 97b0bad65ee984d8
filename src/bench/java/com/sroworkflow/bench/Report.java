package com.sroworkflow.bench;

import com.sroworkflow.bench.Throughput.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of one run, as the Markdown of docs/benchmarks.md. */
final class Report {

  record StartUpResult(String label, double seconds, double cpuSeconds, long rssBytes) {}

  record Latency(String who, String what, double p50, double p95, double p99, int queries, long rows) {}

  ZonedDateTime started;
  ZonedDateTime finished;
  String loadBefore;
  String loadAfter;
  String loadDuringTaskList;
  final Map<String, Double> rates = new LinkedHashMap<>();
  final Map<String, Double> sizePer10k = new LinkedHashMap<>();
  final Map<String, Long> optimisticRetries = new LinkedHashMap<>();
  final Map<String, double[]> costs = new LinkedHashMap<>();
  final Map<String, List<String>> statements = new LinkedHashMap<>();
  final Map<String, long[]> memory = new LinkedHashMap<>();
  final List<StartUpResult> startUp = new ArrayList<>();
  final List<Latency> latencies = new ArrayList<>();
  final List<String> taskListSetup = new ArrayList<>();

  String markdown(Benchmark bench) throws Exception {
    StringBuilder md = new StringBuilder();
    md.append("# Benchmarks\n\n");
    md.append("Written by the benchmark (`mvn -B -Pbenchmark verify`, see the README); do not edit the figures by hand.\n\n");
    md.append("- Run: ").append(started).append(" to ").append(finished).append(", ")
        .append(bench.quick ? "quick mode (few cases: figures are rough)" : "full mode").append("\n");
    md.append("- Machine: ").append(Machine.describe()).append("\n");
    md.append("- Load average (1, 5, 15 min) before: ").append(loadBefore).append(", after: ").append(loadAfter);
    if (loadDuringTaskList != null) {
      md.append(", during the task-list queries: ").append(loadDuringTaskList);
    }
    md.append(". The machine is shared with other builds, so absolute figures are noisy; the ratios are measured in the same run.\n");
    md.append("- Engine: Camunda 7.24, authorization on, history level full, historyRemovalTimeStrategy end.\n\n");

    if (!rates.isEmpty()) {
      md.append("## 1. Throughput: ours against the bare engine\n\n");
      md.append("Cases driven to their end through the engine's Java API, each step as the person who takes it (authenticated), "
          + "one school per thread; the time includes delivering the notifications they queue (the driver runs those jobs itself; job executor off during the measurement). The bare baseline has the same "
          + "user tasks, gateways and timers and nothing else (no listeners, DMN, mail, JPA, tenant). Goal: ours / bare at least 0.7.\n\n");
      md.append("| database | threads | process | ours (cases/s) | bare (cases/s) | ours / bare | user tasks/s (ours) |\n");
      md.append("|---|---|---|---|---|---|---|\n");
      for (String db : List.of("H2", "PostgreSQL")) {
        for (int t = 1; t <= 2; t++) {
          for (Kind[] pair : new Kind[][] {{Kind.REFERRAL, Kind.BARE_REFERRAL}, {Kind.THREAT, Kind.BARE_THREAT}}) {
            Double ours = rates.get(db + "|" + t + "|" + pair[0].name());
            Double bare = rates.get(db + "|" + t + "|" + pair[1].name());
            if (ours == null || bare == null) {
              continue;
            }
            md.append(String.format("| %s | %d | %s (%d user tasks) | %.1f | %.1f | **%.2f** | %.0f |\n", db, t, pair[0].label,
                pair[0].userTasks, ours, bare, ours / bare, ours * pair[0].userTasks));
          }
        }
      }
      md.append("\nOptimistic-locking retries: ").append(optimisticRetries).append(".\n\n");
    }

    if (!costs.isEmpty()) {
      md.append("## 4. Cost per step: SQL statements and commits\n\n");
      md.append("Counted by a JDBC proxy around the application's DataSource (benchmark only), on the thread that completes "
          + "the task; a statement in a JDBC batch counts as a statement, the batch as one round trip. Mean of 10.\n\n");
      md.append("| database | process | one principal acknowledgement: statements / round trips / commits | whole case (start to end, 4 tasks + timer): statements / round trips / commits |\n");
      md.append("|---|---|---|---|\n");
      for (Map.Entry<String, double[]> e : costs.entrySet()) {
        String[] k = e.getKey().split("\\|");
        double[] v = e.getValue();
        md.append(String.format("| %s | %s | %.1f / %.1f / %.1f | %.1f / %.1f / %.1f |\n", k[0],
            k[1].equals("studentReferral") ? "referral (ours)" : "bare referral shape", v[0], v[1], v[2], v[3], v[4], v[5]));
      }
      md.append("\n");
      for (Map.Entry<String, List<String>> e : statements.entrySet()) {
        if (!e.getKey().startsWith("PostgreSQL")) {
          continue;
        }
        md.append("<details><summary>The statements of one acknowledgement, ").append(e.getKey().replace('|', ' '))
            .append(" (").append(e.getValue().size()).append(" prepared)</summary>\n\n```sql\n");
        for (String sql : e.getValue()) {
          md.append(sql.length() > 160 ? sql.substring(0, 160) + " ..." : sql).append("\n");
        }
        md.append("```\n\n</details>\n\n");
      }
    }

    if (!latencies.isEmpty()) {
      md.append("## 2. Task-list latency at state scale (PostgreSQL)\n\n");
      for (String line : taskListSetup) {
        md.append("- ").append(line).append("\n");
      }
      md.append("\nThrough `/engine-rest` with HTTP Basic, as Tasklist asks: the filter's first page "
          + "(`POST /filter/{id}/list?firstResult=0&maxResults=15`, HAL, sorted by creation) and its count "
          + "(`GET /filter/{id}/count`). Goal: p95 at most 50 ms.\n\n");
      md.append("| who | query | p50 (ms) | p95 (ms) | p99 (ms) | queries | tasks found |\n|---|---|---|---|---|---|---|\n");
      for (Latency l : latencies) {
        md.append(String.format("| %s | %s | %.1f | %.1f | %.1f | %d | %d |\n", l.who(), l.what(), l.p50(), l.p95(), l.p99(),
            l.queries(), l.rows()));
      }
      md.append("\n");
    }

    if (!sizePer10k.isEmpty()) {
      md.append("### Database size per 10,000 closed cases (PostgreSQL, history level full)\n\n");
      md.append("Growth of `pg_database_size` over the single-thread throughput run, scaled to 10,000 cases; "
          + "includes the domain records and the delivered notifications.\n\n| process | MB per 10,000 closed cases |\n|---|---|\n");
      for (Map.Entry<String, Double> e : sizePer10k.entrySet()) {
        md.append(String.format("| %s | %.0f |\n", e.getKey().substring(e.getKey().indexOf('|') + 1), e.getValue() / 1024 / 1024));
      }
      md.append("\n");
    }

    if (!startUp.isEmpty() || !memory.isEmpty()) {
      md.append("## 3. Start-up and memory\n\n");
      if (!startUp.isEmpty()) {
        md.append("The application launched as its own process (`-Xmx512m`), from launch to the first `200 UP` of "
            + "`/actuator/health`, and the CPU time the process used until then (user + system, both cores): on a busy machine "
            + "the wall time stretches, the CPU time does not. Goal: at most 10 s.\n\n"
            + "| start | seconds | CPU seconds | resident memory after start (MB) |\n|---|---|---|---|\n");
        for (StartUpResult r : startUp) {
          md.append(String.format("| %s | %.1f | %.1f | %d |\n", r.label(), r.seconds(), r.cpuSeconds(),
              r.rssBytes() / (1024 * 1024)));
        }
        md.append("\n");
      }
      if (!memory.isEmpty()) {
        md.append("Memory of the benchmark JVM (the application plus the driver, `-Xmx512m`) after the throughput run, "
            + "after a full GC. Goal: heap at most 512 MB.\n\n| database | heap used (MB) | heap committed (MB) | heap max (MB) | resident (MB) |\n|---|---|---|---|---|\n");
        for (Map.Entry<String, long[]> e : memory.entrySet()) {
          long[] m = e.getValue();
          md.append(String.format("| %s | %d | %d | %d | %d |\n", e.getKey(), m[0] >> 20, m[1] >> 20, m[2] >> 20, m[3] >> 20));
        }
        md.append("\n");
      }
    }

    Path findings = Path.of("src", "bench", "findings.md");
    if (Files.exists(findings)) {
      md.append(Files.readString(findings));
    }
    return md.toString();
  }
}
