package com.sroworkflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;
import javax.sql.DataSource;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Part 2: 100,000 open tasks across 1,000 schools on PostgreSQL, then the Tasklist filter queries of a
 * principal, an SRO and the administrator through /engine-rest, with authorization on.
 *
 * <p>The tasks are real engine state, made in bulk: one referral and one threat case are started through
 * the engine at LHS, then their rows (executions, tasks, candidate links, variables, authorizations, jobs
 * and their history) are copied in SQL for every school, with the school's tenant, SRO and principal in
 * place of LHS, sally and paula. Each school has a principal and an SRO, members of the program's groups
 * and of their school's tenant only, as {@code Staffing} and {@code Schools} set them up.
 */
final class TaskListLatency {

  static final int SCHOOLS = 1000;
  static final int REFERRALS_PER_SCHOOL = 40; // two open tasks each: acknowledge (principal), consent (SRO)
  static final int THREATS_PER_SCHOOL = 20; // one open task each: screening (threat team)

  /** Columns that hold the id of an instance-level row: each copy gets ids of its own. */
  static final Set<String> ID_COLUMNS = Set.of("id_", "proc_inst_id_", "execution_id_", "parent_id_", "super_exec_",
      "root_proc_inst_id_", "task_id_", "parent_task_id_", "bytearray_id_", "var_scope_", "process_instance_id_",
      "act_inst_id_", "parent_act_inst_id_", "call_proc_inst_id_", "var_inst_id_", "super_process_instance_id_",
      "exception_stack_id_", "operation_id_", "root_cause_incident_id_", "cause_incident_id_", "resource_id_",
      "job_id_", "job_exception_stack_id_", "dec_inst_id_", "root_dec_inst_id_", "error_details_id_");

  /**
   * The history of the open cases is not copied by default: task queries do not read it, and copying
   * 1.5 million history rows would double the run. {@code -Dbench.copyHistory=true} copies it too.
   */
  static final boolean COPY_HISTORY = Boolean.getBoolean("bench.copyHistory");

  private final Benchmark bench;
  private final ConfigurableApplicationContext ctx;
  private final DataSource ds;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();

  TaskListLatency(Benchmark bench, ConfigurableApplicationContext ctx, String db) {
    this.bench = bench;
    this.ctx = ctx;
    this.ds = ctx.getBean(DataSource.class);
  }

  void run() throws Exception {
    if (System.getProperty("bench.reuseDb") != null) {
      bench.report.taskListSetup.add(String.format("%,d open tasks, reused database", count("select count(*) from act_ru_task")));
      measureAll();
      return;
    }
    long t0 = System.nanoTime();
    Benchmark.log("task list: making " + SCHOOLS * (2 * REFERRALS_PER_SCHOOL + THREATS_PER_SCHOOL) + " open tasks");
    Throughput tp = new Throughput(ctx);
    String referral = tp.startReferral(Throughput.LHS, "studentReferral");
    String threat = tp.as("maria", () -> ctx.getBean(org.camunda.bpm.engine.RuntimeService.class)
        .startProcessInstanceByKey("threatAssessment", threatReport()).getId());
    tp.drainJobs();
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      c.setAutoCommit(false);
      createSchoolsAndStaff(st);
      st.execute("create table bench_copy as select s.n as school_n, 'S' || lpad(s.n::text, 4, '0') as school,"
          + " 'sro' || lpad(s.n::text, 4, '0') as sro, 'pr' || lpad(s.n::text, 4, '0') as principal, k.n as k"
          + " from generate_series(1, " + SCHOOLS + ") s(n), generate_series(1, " + REFERRALS_PER_SCHOOL + ") k(n)");
      copyCase(st, referral, REFERRALS_PER_SCHOOL);
      copyCase(st, threat, THREATS_PER_SCHOOL);
      st.execute("drop table bench_copy");
      c.commit();
      c.setAutoCommit(true);
      st.execute("analyze");
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long open = count("select count(*) from act_ru_task");
    long auths = count("select count(*) from act_ru_authorization");
    long size = count("select pg_database_size(current_database())");
    bench.report.taskListSetup.add(String.format("%,d open tasks in %,d schools (tenants), %d referrals (2 open tasks each) and"
        + " %d threat cases (1 open task) per school; %,d authorization rows; database %,d MB; made in %.0f s by copying"
        + " the engine's runtime rows%s of one real referral and one real threat case in SQL.", open, SCHOOLS, REFERRALS_PER_SCHOOL,
        THREATS_PER_SCHOOL, auths, size >> 20, seconds, COPY_HISTORY ? " and history" : ""));
    bench.report.taskListSetup.add("Each school has a principal (`pr0001`...) and an SRO (`sro0001`...), members of the groups"
        + " `principal`/`threatTeam` and `sro`/`threatTeam` and of their school's tenant only; the filters are the product's"
        + " (IdentitySetup). Each query is made as a different, randomly chosen school's principal or SRO.");
    Benchmark.log(bench.report.taskListSetup.get(0));
    measureAll();
  }

  private void createSchoolsAndStaff(Statement st) throws Exception {
    String n4 = "lpad(n::text, 4, '0')";
    String series = " from generate_series(1, " + SCHOOLS + ") n";
    st.execute("insert into school (code, name, level) select 'S' || " + n4 + ", 'School ' || " + n4 + ", 'HIGH'" + series);
    st.execute("insert into act_id_tenant (id_, rev_, name_) select 'S' || " + n4 + ", 1, 'School ' || " + n4 + series);
    for (String[] role : new String[][] {{"pr", "Principal", "principal"}, {"sro", "SRO", "sro"}}) {
      // The demo password's hash and salt, so the benchmark's users log in with "demo".
      st.execute("insert into act_id_user (id_, rev_, first_, last_, email_, pwd_, salt_) select '" + role[0] + "' || " + n4
          + ", 1, '" + role[1] + "', 'of school ' || " + n4 + ", '" + role[0] + "' || " + n4 + " || '@sro.example', pwd_, salt_"
          + " from act_id_user, generate_series(1, " + SCHOOLS + ") n where id_ = 'paula'");
      for (String group : List.of(role[2], "threatTeam")) {
        st.execute("insert into act_id_membership (user_id_, group_id_) select '" + role[0] + "' || " + n4 + ", '" + group
            + "'" + series);
      }
      st.execute("insert into act_id_tenant_member (id_, tenant_id_, user_id_) select 'bench-" + role[0] + "-' || n, 'S' || "
          + n4 + ", '" + role[0] + "' || " + n4 + series);
      st.execute("insert into person (username, title) select '" + role[0] + "' || " + n4 + ", '" + role[1] + "'" + series);
    }
  }

  /** Copies every runtime and history row of one case {@code perSchool} times into each school. */
  private void copyCase(Statement st, String pi, int perSchool) throws Exception {
    String tasks = "(select id_ from act_ru_task where proc_inst_id_ = '" + pi + "')";
    List<String[]> tables = new ArrayList<>();
    tables.add(new String[] {"act_ru_execution", "proc_inst_id_ = '" + pi + "'"});
    tables.add(new String[] {"act_ru_task", "proc_inst_id_ = '" + pi + "'"});
    tables.add(new String[] {"act_ru_identitylink", "task_id_ in " + tasks});
    tables.add(new String[] {"act_ge_bytearray", "root_proc_inst_id_ = '" + pi + "' or id_ in (select bytearray_id_ from"
        + " act_ru_variable where proc_inst_id_ = '" + pi + "')"});
    tables.add(new String[] {"act_ru_variable", "proc_inst_id_ = '" + pi + "'"});
    tables.add(new String[] {"act_ru_job", "process_instance_id_ = '" + pi + "'"});
    tables.add(new String[] {"act_ru_event_subscr", "proc_inst_id_ = '" + pi + "'"});
    tables.add(new String[] {"act_ru_authorization", "root_proc_inst_id_ = '" + pi + "' or resource_id_ = '" + pi
        + "' or resource_id_ in " + tasks});
    if (COPY_HISTORY) {
      try (ResultSet rs = st.getConnection().createStatement().executeQuery("select distinct table_name from"
          + " information_schema.columns where table_schema = current_schema() and table_name like 'act_hi_%'"
          + " and column_name = 'root_proc_inst_id_'")) {
        while (rs.next()) {
          tables.add(new String[] {rs.getString(1), "root_proc_inst_id_ = '" + pi + "'"});
        }
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
          // Engine ids are time-based UUIDs ending in the node id, the same for all of them: a copy's
          // number takes its place, so the ids stay unique and as long as before.
          values.add("regexp_replace(t." + name + ", '[0-9a-f]{12}$', lpad(to_hex(c.school_n * 100 + c.k), 12, '0'))");
        } else if (text && (name.equals("tenant_id_") || name.equals("text_") || name.endsWith("user_id_")
            || name.equals("assignee_") || name.equals("owner_") || name.equals("group_id_"))) {
          values.add("case t." + name + " when 'LHS' then c.school when 'sally' then c.sro when 'paula' then c.principal"
              + " when 'maria' then c.principal else t." + name + " end");
        } else {
          values.add("t." + name);
        }
      }
      long t0 = System.nanoTime();
      int rows = st.executeUpdate("insert into " + table[0] + " (" + names + ") select " + values + " from"
          + " (select * from " + table[0] + " where " + table[1] + ") t, bench_copy c where c.k <= " + perSchool);
      Benchmark.log(String.format("  %s: %,d rows in %.1f s", table[0], rows, (System.nanoTime() - t0) / 1e9));
    }
  }

  private java.util.Map<String, Object> threatReport() {
    java.util.Map<String, Object> v = new java.util.HashMap<>();
    v.put("schoolCode", "LHS");
    v.put("studentName", "Casey Jordan Lee");
    v.put("studentGrade", "10");
    v.put("districtStudentId", "LHS-5520193");
    v.put("imminentDanger", "NO");
    v.put("threatTargets", "Somebody in class");
    v.put("threatBehaviour", "Said in the cafeteria he would beat somebody up after school.");
    v.put("incidentDate", java.time.LocalDate.now(java.time.ZoneId.systemDefault()).minusDays(1).toString());
    v.put("incidentTime", "08:40");
    v.put("incidentLocation", "Cafeteria");
    v.put("weapon", "NONE");
    v.put("reportSource", "STUDENT");
    v.put("sourceName", "Jamie R., a classmate");
    v.put("reportAnonymously", false);
    return v;
  }

  private long count(String sql) throws Exception {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  // ---- the queries

  private void measureAll() throws Exception {
    FilterService filters = ctx.getBean(FilterService.class);
    String acknowledge = filterId(filters, "Referrals to acknowledge");
    String myReferrals = filterId(filters, "My referrals");
    String threatCases = filterId(filters, "Threat cases");
    int n = bench.quick ? 50 : 200;
    Random random = new Random(9);
    bench.report.loadDuringTaskList = Machine.loadAverage();
    measure("principal (`pr*`, one school)", "Referrals to acknowledge", acknowledge, n, () -> "pr" + school(random));
    measure("principal (`pr*`, one school)", "Threat cases", threatCases, n, () -> "pr" + school(random));
    measure("SRO (`sro*`, one school)", "My referrals", myReferrals, n, () -> "sro" + school(random));
    measure("`admin` (all schools)", "Referrals to acknowledge", acknowledge, n, () -> "admin");
  }

  private static String school(Random random) {
    return String.format("%04d", 1 + random.nextInt(SCHOOLS));
  }

  private static String filterId(FilterService filters, String name) {
    Filter f = filters.createTaskFilterQuery().filterName(name).singleResult();
    if (f == null) {
      throw new IllegalStateException("no filter " + name);
    }
    return f.getId();
  }

  private void measure(String who, String filterName, String filterId, int n, java.util.function.Supplier<String> user)
      throws Exception {
    String base = "http://127.0.0.1:" + BenchApp.PORT + "/engine-rest/filter/" + filterId;
    String body = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
    int warmup = Math.max(10, n / 10);
    double[] list = new double[n];
    double[] count = new double[n];
    long rows = 0;
    for (int i = -warmup; i < n; i++) {
      String u = user.get();
      long t0 = System.nanoTime();
      HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/list?firstResult=0&maxResults=15"))
          .header("Content-Type", "application/json").header("Accept", "application/hal+json")
          .POST(HttpRequest.BodyPublishers.ofString(body)), u);
      long t1 = System.nanoTime();
      HttpResponse<String> total = send(HttpRequest.newBuilder(URI.create(base + "/count")).GET(), u);
      long t2 = System.nanoTime();
      if (i >= 0) {
        list[i] = (t1 - t0) / 1e6;
        count[i] = (t2 - t1) / 1e6;
        rows = json.readTree(total.body()).get("count").asLong();
      }
      JsonNode hal = json.readTree(page.body());
      if (hal.path("_embedded").path("task").size() == 0 && i == 0) {
        Benchmark.log("warning: " + u + " sees no task in " + filterName);
      }
    }
    add(who, "*" + filterName + "*: first page", list, rows);
    add(who, "*" + filterName + "*: count", count, rows);
  }

  private void add(String who, String what, double[] ms, long rows) {
    double[] s = ms.clone();
    Arrays.sort(s);
    Report.Latency l = new Report.Latency(who, what, pct(s, 50), pct(s, 95), pct(s, 99), s.length, rows);
    bench.report.latencies.add(l);
    Benchmark.log(String.format("%s %s: p50 %.1f p95 %.1f p99 %.1f ms (%d tasks)", who, what, l.p50(), l.p95(), l.p99(),
        rows));
  }

  private static double pct(double[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String user) throws Exception {
    String auth = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r = http.send(request.header("Authorization", "Basic " + auth).timeout(Duration.ofSeconds(60))
        .build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(user + ": " + r.statusCode() + " " + r.body());
    }
    return r;
  }
}
