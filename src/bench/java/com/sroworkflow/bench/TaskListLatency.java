package com.sroworkflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.sroworkflow.bench.Throughput.Side;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Item 3 of issue 20: 100,000 open tasks across 1,000 schools and a year of history on PostgreSQL, then the
 * task list as Tasklist uses it, by 50 and by 200 principals at once in their own sessions, against the same
 * requests without authorization checks (the floor), in the same run.
 *
 * <p>The state is real engine state made in bulk: a few cases are driven through ours over HTTP (an open referral,
 * an open threat case, a closed referral and a closed threat case), then every row of theirs (runtime, history,
 * byte arrays, authorizations) is copied in SQL for every school with ids of its own (the UUIDs' node part
 * replaced by the copy's number), the school's tenant, SRO and principal in place of LHS's, and every timestamp
 * moved back by a random time of its own (open cases: up to 3 weeks; closed cases: up to a year; deadlines and
 * timers stay ahead). With {@code -Dbench.reuseDb=name} the database is kept and a later run reuses it.
 */
final class TaskListLatency {

  static final int TASKLIST_PORT = Benchmark.intProperty("bench.tasklistPort", 8366);
  static final int TASKLIST_PROBE = TASKLIST_PORT + 1;
  static final int REFERRALS_PER_SCHOOL = 40; // two open tasks each: acknowledge (principal), consent (SRO)
  static final int THREATS_PER_SCHOOL = 20; // one open task each: screening
  static final int CLOSED_REFERRALS_PER_SCHOOL = 4; // a year of closed cases
  static final int CLOSED_THREATS_PER_SCHOOL = 2;

  /** Columns that hold the id of an instance-level row: each copy gets ids of its own. */
  static final Set<String> ID_COLUMNS = Set.of("id_", "proc_inst_id_", "execution_id_", "parent_id_", "super_exec_",
      "root_proc_inst_id_", "task_id_", "parent_task_id_", "bytearray_id_", "var_scope_", "process_instance_id_",
      "act_inst_id_", "parent_act_inst_id_", "call_proc_inst_id_", "var_inst_id_", "super_process_instance_id_",
      "exception_stack_id_", "operation_id_", "root_cause_incident_id_", "cause_incident_id_", "resource_id_",
      "job_id_", "job_exception_stack_id_", "dec_inst_id_", "root_dec_inst_id_", "error_details_id_",
      "event_subscr_id_", "variable_instance_id_", "activity_instance_id_");

  /** Deadlines stay ahead (a timer moved into the past would fire during the measurement). */
  static final Set<String> KEEP_TIME = Set.of("due_date_", "duedate_", "follow_up_date_", "lock_exp_time_");

  private final Benchmark bench;
  private final int schools;

  TaskListLatency(Benchmark bench) {
    this.bench = bench;
    this.schools = Benchmark.intProperty("bench.schools", bench.quick ? 100 : 1000);
  }

  private String reuse;
  private String db;
  private boolean exists;
  private boolean attach;
  private Child started;
  boolean dataOnly;

  /** Starts ours on the task-list database early, so that its minutes of start-up overlap other parts. */
  TaskListLatency start() throws Exception {
    reuse = Benchmark.property("bench.reuseDb", null);
    db = reuse != null ? reuse : "sro_bench_tl_" + bench.runId;
    exists = reuse != null && Postgres.exists(db);
    if (!exists) {
      Postgres.create(db);
    }
    attach = Benchmark.property("bench.attachTaskList", null) != null;
    started = attach ? Child.attach("ours", TASKLIST_PORT, TASKLIST_PROBE, db)
        : Child.ours(TASKLIST_PORT, TASKLIST_PROBE, db, Benchmark.SMTP_PORT, bench.runId + "-tasklist");
    return this;
  }

  void run() throws Exception {
    if (started == null) {
      start();
    }
    try (Child app = started) {
      app.awaitReady(Duration.ofMinutes(10));
      Side ours = new Side(app, false);
      if (!exists || count(ours, "select count(*) from act_ru_task") < 1000) {
        generate(ours);
      } else {
        bench.report.taskListSetup.add("Reused database `" + db + "` (`-Dbench.reuseDb`).");
      }
      describe(ours);
      if (dataOnly) {
        Benchmark.log("task list: data only (part tasklist-data), no measurement");
        return;
      }
      measure(ours);
    } finally {
      if (reuse == null && !attach && !Child.keep()) {
        Postgres.drop(db);
      } else {
        Benchmark.log("kept database " + db);
      }
    }
  }

  // ---- the state

  private void generate(Side ours) throws Exception {
    long t0 = System.nanoTime();
    Benchmark.log("task list: driving the sample cases");
    Throughput tp = new Throughput(bench.mail);
    String openReferral = tp.startReferral(ours, Throughput.LHS);
    String openThreat = tp.start(ours, Throughput.LHS.counselor(), Throughput.Kind.THREAT, Map.of("schoolCode", "LHS",
        "studentName", "Casey Jordan Lee", "studentGrade", "10", "districtStudentId", "LHS-5520193",
        "imminentDanger", "NO", "threatBehaviour", "Said in the cafeteria he would beat somebody up after school.",
        "incidentDate", java.time.LocalDate.now(Throughput.DISTRICT).toString(), "weapon", "NONE",
        "reportSource", "STUDENT", "reportAnonymously", false));
    String closedReferral = tp.referral(ours, Throughput.LHS);
    String closedThreat = tp.threat(ours, Throughput.LHS);
    tp.drain(ours);
    Benchmark.log("task list: copying them into " + schools + " schools");
    try (Connection c = ours.jdbc(); Statement st = c.createStatement()) {
      c.setAutoCommit(false);
      createSchoolsAndStaff(st);
      copyCase(st, openReferral, REFERRALS_PER_SCHOOL, 21, 0, true);
      copyCase(st, openThreat, THREATS_PER_SCHOOL, 21, 0, true);
      copyCase(st, closedReferral, CLOSED_REFERRALS_PER_SCHOOL, 365, 1, false);
      copyCase(st, closedThreat, CLOSED_THREATS_PER_SCHOOL, 365, 2, false);
      c.commit();
      c.setAutoCommit(true);
      st.execute("vacuum analyze");
    }
    bench.report.taskListSetup.add(String.format("Made in %.0f s: %d schools, each with %d open referrals (2 open tasks "
        + "each) and %d open threat cases (1 open task), and a year of closed cases (%d referrals and %d threat cases, "
        + "driven to their end), copied in SQL from cases driven through ours over HTTP; every copy's timestamps moved "
        + "back by a random time of its own (open cases up to 3 weeks, closed cases up to a year).",
        (System.nanoTime() - t0) / 1e9, schools, REFERRALS_PER_SCHOOL, THREATS_PER_SCHOOL, CLOSED_REFERRALS_PER_SCHOOL,
        CLOSED_THREATS_PER_SCHOOL));
  }

  private void describe(Side ours) throws Exception {
    long open = count(ours, "select count(*) from act_ru_task");
    long auths = count(ours, "select count(*) from act_ru_authorization");
    long size = count(ours, "select pg_database_size(current_database())");
    long history = 0;
    StringJoiner tables = new StringJoiner(", ");
    try (Connection c = ours.jdbc(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("select table_name from information_schema.tables where table_schema ="
            + " current_schema() and table_name like 'act_hi_%' order by 1")) {
      List<String> names = new ArrayList<>();
      while (rs.next()) {
        names.add(rs.getString(1));
      }
      for (String t : names) {
        long n = Throughput.count(c.createStatement(), "select count(*) from " + t);
        history += n;
        if (n >= 10_000) {
          tables.add(String.format("`%s` %,d", t, n));
        }
      }
    }
    String spread;
    try (Connection c = ours.jdbc(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
        "select min(start_time_)::date, max(start_time_)::date, count(distinct start_time_::date),"
            + " count(*) filter (where end_time_ is not null) from act_hi_procinst")) {
      rs.next();
      spread = String.format("cases started from %s to %s on %d different days, %,d of them closed", rs.getString(1),
          rs.getString(2), rs.getLong(3), rs.getLong(4));
    }
    bench.report.taskListSetup.add(String.format("%,d open tasks in %,d schools (tenants); %,d history rows (%s); %s; %,d "
        + "authorization rows; database %,d MB.", open, schools, history, tables, spread, auths, size >> 20));
    bench.report.taskListSetup.add("Each school has a principal (`pr0001`...) and an SRO (`sro0001`...), members of the groups"
        + " `principal`/`threatTeam` and `sro`/`threatTeam` and of their school's tenant only; the filters are the product's"
        + " (IdentitySetup). Each principal of the load is of a different school.");
    bench.report.taskListSetup.forEach(Benchmark::log);
  }

  private void createSchoolsAndStaff(Statement st) throws Exception {
    String n4 = "lpad(n::text, 4, '0')";
    String series = " from generate_series(1, " + schools + ") n";
    st.execute("insert into school (code, name, level) select 'S' || " + n4 + ", 'School ' || " + n4 + ", 'HIGH'" + series);
    st.execute("insert into act_id_tenant (id_, rev_, name_) select 'S' || " + n4 + ", 1, 'School ' || " + n4 + series);
    for (String[] role : new String[][] {{"pr", "Principal", "principal"}, {"sro", "SRO", "sro"}}) {
      // The demo password's hash and salt, so the benchmark's users log in with "demo".
      st.execute("insert into act_id_user (id_, rev_, first_, last_, email_, pwd_, salt_) select '" + role[0] + "' || " + n4
          + ", 1, '" + role[1] + "', 'of school ' || " + n4 + ", '" + role[0] + "' || " + n4 + " || '@sro.example', pwd_, salt_"
          + " from act_id_user, generate_series(1, " + schools + ") n where id_ = 'paula'");
      for (String group : List.of(role[2], "threatTeam")) {
        st.execute("insert into act_id_membership (user_id_, group_id_) select '" + role[0] + "' || " + n4 + ", '" + group
            + "'" + series);
      }
      st.execute("insert into act_id_tenant_member (id_, tenant_id_, user_id_) select 'bench-" + role[0] + "-' || n, 'S' || "
          + n4 + ", '" + role[0] + "' || " + n4 + series);
      st.execute("insert into person (username, title) select '" + role[0] + "' || " + n4 + ", '" + role[1] + "'" + series);
    }
  }

  /**
   * Copies every row of one case {@code perSchool} times into each school, each copy's timestamps moved back by a
   * random number of seconds up to {@code days} days. {@code series} keeps the copies of different cases apart.
   */
  private void copyCase(Statement st, String pi, int perSchool, int days, int series, boolean open) throws Exception {
    st.execute("drop table if exists bench_copy");
    st.execute("create temporary table bench_copy as select s.n as school_n, 'S' || lpad(s.n::text, 4, '0') as school,"
        + " 'sro' || lpad(s.n::text, 4, '0') as sro, 'pr' || lpad(s.n::text, 4, '0') as principal, k.n as k,"
        + " (" + series + "::bigint << 40) + s.n * 1000 + k.n as copy_n,"
        + " make_interval(secs => floor(random() * " + days + " * 86400)) as shift"
        + " from generate_series(1, " + schools + ") s(n), generate_series(1, " + perSchool + ") k(n)");
    List<String[]> tables = new ArrayList<>();
    String tasks = "(select id_ from act_ru_task where proc_inst_id_ = '" + pi + "')";
    // Byte arrays first: variables and history rows refer to them.
    tables.add(new String[] {"act_ge_bytearray", "root_proc_inst_id_ = '" + pi + "'" + (open ? " or id_ in (select"
        + " bytearray_id_ from act_ru_variable where proc_inst_id_ = '" + pi + "')" : "")});
    if (open) {
      tables.add(new String[] {"act_ru_execution", "proc_inst_id_ = '" + pi + "'"});
      tables.add(new String[] {"act_ru_task", "proc_inst_id_ = '" + pi + "'"});
      tables.add(new String[] {"act_ru_identitylink", "task_id_ in " + tasks});
      tables.add(new String[] {"act_ru_variable", "proc_inst_id_ = '" + pi + "'"});
      tables.add(new String[] {"act_ru_job", "process_instance_id_ = '" + pi + "'"});
      tables.add(new String[] {"act_ru_event_subscr", "proc_inst_id_ = '" + pi + "'"});
    }
    tables.add(new String[] {"act_ru_authorization", "root_proc_inst_id_ = '" + pi + "' or resource_id_ = '" + pi + "'"
        + (open ? " or resource_id_ in " + tasks : "")});
    try (ResultSet rs = st.getConnection().createStatement().executeQuery("select distinct table_name from"
        + " information_schema.columns where table_schema = current_schema() and table_name like 'act_hi_%'"
        + " and column_name = 'root_proc_inst_id_' order by 1")) {
      while (rs.next()) {
        tables.add(new String[] {rs.getString(1), "root_proc_inst_id_ = '" + pi + "'"});
      }
    }
    for (String[] table : tables) {
      List<String[]> columns = new ArrayList<>();
      try (ResultSet rs = st.getConnection().createStatement().executeQuery("select column_name, data_type from"
          + " information_schema.columns where table_schema = current_schema() and table_name = '" + table[0]
          + "' order by ordinal_position")) {
        while (rs.next()) {
          columns.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
      StringJoiner names = new StringJoiner(", ");
      StringJoiner values = new StringJoiner(", ");
      for (String[] col : columns) {
        String name = col[0];
        names.add(name);
        boolean text = col[1].contains("char") || col[1].equals("text");
        if (text && ID_COLUMNS.contains(name)) {
          // Engine ids are time-based UUIDs ending in the node id, the same for all of them: the copy's number
          // takes its place, so the ids stay unique, consistent between tables and as long as before.
          // (left(x, -12): all but the last 12 characters; cheaper than a regular expression on millions of rows)
          values.add("left(t." + name + ", -12) || lpad(to_hex(c.copy_n), 12, '0')");
        } else if (text && (name.equals("tenant_id_") || name.equals("text_") || name.endsWith("user_id_")
            || name.equals("assignee_") || name.equals("owner_") || name.equals("group_id_"))) {
          values.add("case t." + name + " when 'LHS' then c.school when 'sally' then c.sro when 'paula' then c.principal"
              + " when 'maria' then c.principal else t." + name + " end");
        } else if (col[1].startsWith("timestamp") && !KEEP_TIME.contains(name) && !table[0].equals("act_ru_job")) {
          values.add("t." + name + " - c.shift");
        } else {
          values.add("t." + name);
        }
      }
      long t0 = System.nanoTime();
      int rows = st.executeUpdate("insert into " + table[0] + " (" + names + ") select " + values + " from"
          + " (select * from " + table[0] + " where " + table[1] + ") t, bench_copy c");
      Benchmark.log(String.format("  %s: %,d rows in %.1f s", table[0], rows, (System.nanoTime() - t0) / 1e9));
    }
  }

  private static long count(Side side, String sql) throws Exception {
    try (Connection c = side.jdbc(); Statement st = c.createStatement()) {
      return Throughput.count(st, sql);
    }
  }

  // ---- the queries

  /** What one principal's Tasklist asks: the filters with their counts, the default filter's count and page. */
  private static final class Principal {
    final TasklistSession session;
    String defaultFilter;
    Map<String, Object> listBody;

    Principal(TasklistSession session) {
      this.session = session;
    }

    void firstLook() throws Exception {
      JsonNode filters = session.get(FILTER_LIST);
      JsonNode best = null;
      for (JsonNode f : filters) {
        if (best == null || f.path("properties").path("priority").asInt(0)
            < best.path("properties").path("priority").asInt(0)) {
          best = f;
        }
      }
      if (best == null) {
        throw new IllegalStateException(session.user + " has no filter");
      }
      defaultFilter = best.get("id").asText();
      // As Tasklist posts it: no extra conditions (the filter's own query applies), newest first; the HAL answer
      // embeds the variables the filter's properties name.
      listBody = new LinkedHashMap<>();
      listBody.put("processVariables", List.of());
      listBody.put("taskVariables", List.of());
      listBody.put("caseInstanceVariables", List.of());
      listBody.put("sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")));
      listBody.put("active", true);
    }
  }

  /**
   * What Tasklist 7.24 asks for its first screen and every 10 seconds (its bundle: the filter list with
   * {@code itemCount=false}, then the open filter's page as HAL, which carries the filter's count; the page is asked
   * again every 10 s while the filter has {@code refresh}, as the product's filters have): the filter list, the
   * default filter's count (asked on its own here, so that the count has a figure of its own) and its first page.
   */
  static final String FILTER_LIST = "/filter?resourceType=Task&itemCount=false&firstResult=0&maxResults=2000";

  static final String[] REQUESTS = {"filter list (`/filter/count` and `/filter`, `itemCount=false`)",
      "default filter's count (`/filter/{id}/count`)", "default filter's first page (15 tasks, HAL, with its count)"};

  /** Every filter's count at once: older Tasklists asked it with the filter list; 7.24 does not. Measured 1 at a time. */
  static final String EVERY_COUNT = "every filter's count (`/filter?itemCount=true`; not asked by Tasklist 7.24)";

  private void measure(Side ours) throws Exception {
    int big = Benchmark.intProperty("bench.principals", 200);
    int seconds = Benchmark.intProperty("bench.taskListSeconds", bench.quick ? 20 : 30);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .executor(Executors.newFixedThreadPool(8)).build();
    // The sessions are opened beforehand (8 logins at a time): the load measures the task list, not the login. A
    // principal whose login fails is left out of the load and counted in the report.
    java.util.concurrent.ExecutorService logins = Executors.newFixedThreadPool(8);
    List<java.util.concurrent.Future<Principal>> opened = new ArrayList<>();
    for (int i = 0; i < big; i++) {
      String user = String.format("pr%04d", 1 + (int) ((long) i * schools / big));
      opened.add(logins.submit(() -> {
        Principal p = new Principal(new TasklistSession(http, ours.app.base(), user));
        p.firstLook();
        return p;
      }));
    }
    List<Principal> principals = new ArrayList<>();
    List<String> loginFailures = new ArrayList<>();
    for (java.util.concurrent.Future<Principal> f : opened) {
      try {
        principals.add(f.get());
      } catch (java.util.concurrent.ExecutionException e) {
        loginFailures.add(String.valueOf(e.getCause()));
      }
    }
    logins.shutdown();
    if (!loginFailures.isEmpty()) {
      String what = loginFailures.size() + " of " + big + " principals could not sign in and open their filters, e.g. `"
          + loginFailures.get(0) + "`; the load ran with the others";
      Benchmark.log(what);
      bench.report.sections.merge("Task-list requests that failed", "- " + what, (a, b) -> a + "\n" + b);
    }
    if (principals.isEmpty()) {
      throw new IllegalStateException("no principal could sign in: " + loginFailures.get(0));
    }
    Principal sample = principals.get(0);
    long rows = sample.session.get("/filter/" + sample.defaultFilter + "/count").path("count").asLong();
    bench.report.loadDuringTaskList = Machine.loadAverage();
    // One principal at a time (no queueing): what a request costs by itself, with and without authorization.
    List<Principal> alone = principals.subList(0, Math.min(30, principals.size()));
    Result single = sequential(alone);
    Result singleFloor = withoutAuthorization(ours, () -> sequential(alone));
    add("1 at a time", single, singleFloor, rows);
    Result every = everyCount(alone);
    Result everyFloor = withoutAuthorization(ours, () -> everyCount(alone));
    Report.Latency e = new Report.Latency("1 at a time", EVERY_COUNT, every.ms()[0].length, pcts(every.ms()[0]),
        pcts(everyFloor.ms()[0]), rows, every.failed()[0], everyFloor.ms()[0].length, everyFloor.failed()[0]);
    bench.report.latencies.add(e);
    // The statements of one principal's first screen.
    ours.app.probe("/record/start");
    sequential(principals.subList(principals.size() - 1, principals.size()));
    String[] recorded = ours.app.probe("/record/stop").split("\n");
    bench.report.statements.put("ours, one principal's first screen (the three requests)",
        List.of(recorded).subList(1, recorded.length));
    for (int n : List.of(50, big)) {
      List<Principal> group = principals.subList(0, Math.min(n, principals.size()));
      Result authorized = load(group, seconds, true);
      Result floor = withoutAuthorization(ours, () -> load(group, seconds, false));
      add(group.size() + " principals", authorized, floor, rows);
    }
  }

  /** The floor: the same measurement with the engine's authorization checks off, switched on again whatever happens. */
  private static Result withoutAuthorization(Side ours, java.util.concurrent.Callable<Result> measure) throws Exception {
    ours.app.probe("/authorization/off");
    try {
      return measure.call();
    } finally {
      ours.app.probe("/authorization/on");
    }
  }

  /** The latencies of each request kind, and how many of each failed. */
  private record Result(double[][] ms, int[] failed) {}

  private void add(String load, Result authorized, Result floor, long rows) {
    for (int r = 0; r < REQUESTS.length; r++) {
      Report.Latency l = new Report.Latency(load, REQUESTS[r], authorized.ms()[r].length, pcts(authorized.ms()[r]),
          pcts(floor.ms()[r]), rows, authorized.failed()[r], floor.ms()[r].length, floor.failed()[r]);
      bench.report.latencies.add(l);
      Benchmark.log(String.format("%s, %s: p50 %.1f p95 %.1f p99 %.1f ms (n %d, failed %d); floor %.1f / %.1f / %.1f ms "
          + "(n %d, failed %d)", load, REQUESTS[r], l.pct()[0], l.pct()[1], l.pct()[2], l.n(), l.failed(), l.floor()[0],
          l.floor()[1], l.floor()[2], l.floorN(), l.floorFailed()));
    }
  }

  /** Each principal's first screen in turn, one after the other. */
  private static Result sequential(List<Principal> group) {
    List<List<Double>> ms = lists();
    int[] failed = new int[REQUESTS.length];
    for (Principal p : group) {
      firstScreen(p, ms, failed, new ConcurrentHashMap<>());
    }
    return new Result(arrays(ms), failed);
  }

  /** Every filter's count of each principal in turn (one request each). */
  private static Result everyCount(List<Principal> group) {
    List<Double> ms = new ArrayList<>();
    int failed = 0;
    for (Principal p : group) {
      long t0 = System.nanoTime();
      try {
        p.session.get("/filter?resourceType=Task&itemCount=true");
        ms.add((System.nanoTime() - t0) / 1e6);
      } catch (Exception e) {
        failed++;
      }
    }
    return new Result(new double[][] {ms.stream().mapToDouble(Double::doubleValue).toArray()}, new int[] {failed});
  }

  private static List<List<Double>> lists() {
    List<List<Double>> ms = new ArrayList<>();
    for (int r = 0; r < REQUESTS.length; r++) {
      ms.add(Collections.synchronizedList(new ArrayList<>()));
    }
    return ms;
  }

  private static double[][] arrays(List<List<Double>> ms) {
    double[][] out = new double[REQUESTS.length][];
    for (int r = 0; r < REQUESTS.length; r++) {
      out[r] = ms.get(r).stream().mapToDouble(Double::doubleValue).toArray();
    }
    return out;
  }

  /**
   * One principal's first screen, the three requests in turn as Tasklist sends them; each request timed, or counted
   * as failed (an error answer or none) with its first error kept, and the next request sent all the same.
   */
  private static void firstScreen(Principal p, List<List<Double>> ms, int[] failed, Map<String, String> errors) {
    for (int r = 0; r < REQUESTS.length; r++) {
      long t0 = System.nanoTime();
      try {
        switch (r) {
          case 0 -> {
            p.session.get("/filter/count?resourceType=Task&itemCount=false");
            p.session.get(FILTER_LIST);
          }
          case 1 -> p.session.get("/filter/" + p.defaultFilter + "/count");
          default -> p.session.post("/filter/" + p.defaultFilter + "/list?firstResult=0&maxResults=15", p.listBody,
              "application/hal+json");
        }
        ms.get(r).add((System.nanoTime() - t0) / 1e6);
      } catch (Exception e) {
        synchronized (failed) {
          failed[r]++;
        }
        String kind = e instanceof TasklistSession.HttpFailure h ? "HTTP " + h.status : e.getClass().getSimpleName();
        errors.putIfAbsent(kind, String.valueOf(e).lines().findFirst().orElse("") );
      }
    }
  }

  private static double[] pcts(double[] ms) {
    return new double[] {Report.quantile(ms, 0.50), Report.quantile(ms, 0.95), Report.quantile(ms, 0.99)};
  }

  /**
   * Every principal opens Tasklist (the first screen) and refreshes it every 10 seconds, the principals' first
   * screens spread evenly over the first 10 seconds, for {@code seconds}; the latencies of each request kind and
   * the requests that failed. A failure is counted and named in the report, never the end of the run.
   */
  private Result load(List<Principal> group, int seconds, boolean authorizationOn) throws Exception {
    List<List<Double>> ms = lists();
    int[] failed = new int[REQUESTS.length];
    Map<String, String> errors = new ConcurrentHashMap<>();
    ScheduledExecutorService pool = Executors.newScheduledThreadPool(group.size());
    int refreshes = Math.max(1, seconds / 10);
    CountDownLatch done = new CountDownLatch(group.size() * refreshes);
    boolean finished;
    try {
      for (int i = 0; i < group.size(); i++) {
        Principal p = group.get(i);
        long offset = 10_000L * i / group.size();
        for (int k = 0; k < refreshes; k++) {
          pool.schedule(() -> {
            try {
              firstScreen(p, ms, failed, errors);
            } finally {
              done.countDown();
            }
          }, offset + 10_000L * k, TimeUnit.MILLISECONDS);
        }
      }
      finished = done.await(seconds + 600, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    int failures = failed[0] + failed[1] + failed[2];
    if (failures > 0 || !finished) {
      String what = String.format("%d principals, authorization %s: %d of %d requests failed (%s)%s", group.size(),
          authorizationOn ? "on" : "off", failures, failures + ms.get(0).size() + ms.get(1).size() + ms.get(2).size(),
          errors.entrySet().stream().map(e -> e.getKey() + ": `" + e.getValue() + "`")
              .collect(java.util.stream.Collectors.joining("; ")),
          finished ? "" : "; " + done.getCount() + " first screens had not ended after " + (seconds + 600) + " s");
      Benchmark.log(what);
      bench.report.sections.merge("Task-list requests that failed", "- " + what, (a, b) -> a + "\n" + b);
    }
    return new Result(arrays(ms), failed);
  }
}
