package com.sroworkflow.bench;

import com.sroworkflow.casefile.CaseFinder;
import com.sroworkflow.casefile.CaseListing;
import com.sroworkflow.casefile.StudentNames;
import com.sroworkflow.school.Schools;
import com.sroworkflow.security.Caller;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The case file at district scale (issue 17, item 8): 100,000 case records (70,000 threat cases and 30,000
 * referrals of 65,000 students over five school years) at 20 schools on PostgreSQL, then the case list (first
 * page, filtered, sorted by student, a deep page), the student search (by name prefix and by district id) and a
 * student's record, as a principal of one school and the district designee of two, p50, p95 and p99 over 200 runs
 * each after 50 to warm up, with the spread (fastest and slowest run) and the machine's load average before and
 * after; then the plan PostgreSQL chooses for the name prefix (EXPLAIN), which must use the prefix index. Measured at the service the pages and the API call ({@link CaseFinder}), as the
 * person, including the engine queries for the page (open tasks, timers). The records are inserted in SQL: the
 * case processes' own engine state is not what the lists read (see docs/benchmarks.md for what that leaves out).
 *
 * <p>Run: {@code mvn -o -q -Pbenchmark test-compile} and then this class's main with the test class path
 * (docs/benchmarking.md); prints a Markdown table.
 */
public final class CaseFileLatency {

  static final int CASES = Integer.getInteger("bench.cases", 100_000);
  static final int SCHOOLS = 20;
  static final int RUNS = 200;
  static final int WARMUP = 50;

  private static final String[] FIRST = {"José", "María", "Liam", "Olivia", "Noah", "Emma", "Zoë", "Mateo", "Ava",
      "Lucas", "Sofía", "Ethan", "Mia", "Aiden", "Chloé", "Jackson", "Amelia", "Élodie", "Caleb", "Harper"};
  private static final String[] LAST = {"García", "Smith", "Núñez", "Johnson", "Brown", "Martínez", "Lee", "Walker",
      "Hernández", "Young", "King", "Wright", "López", "Hill", "Scott", "Green", "Adams", "Baker", "Nelson", "Carter",
      "Mitchell", "Pérez", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins"};

  public static void main(String[] args) throws Exception {
    String db = "sro_bench_casefile_" + (System.currentTimeMillis() % 1_000_000);
    Postgres.create(db);
    ConfigurableApplicationContext ctx = null;
    try {
      ctx = BenchApp.start(new BenchApp.Database("PostgreSQL", Postgres.url(db), "postgres", ""),
          Map.of("camunda.bpm.job-execution.enabled", "false", "server.port", "0"));
      System.out.println(new CaseFileLatency().run(ctx));
    } finally {
      if (ctx != null) {
        ctx.close();
      }
      Postgres.drop(db);
    }
    System.exit(0);
  }

  String run(ConfigurableApplicationContext ctx) throws Exception {
    List<String> schools = new ArrayList<>(List.of("LHS", "WMS"));
    Schools registry = ctx.getBean(Schools.class);
    for (int i = 1; schools.size() < SCHOOLS; i++) {
      String code = String.format(Locale.ROOT, "S%02d", i);
      registry.register(code, "Bench School " + i, "HIGH", null);
      schools.add(code);
    }
    long t0 = System.nanoTime();
    load(ctx.getBean(DataSource.class), schools);
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    CaseFinder finder = ctx.getBean(CaseFinder.class);
    IdentityService identity = ctx.getBean(IdentityService.class);
    Caller paula = Caller.load(identity, "paula");
    Caller dana = Caller.load(identity, "dana");
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "%,d case records (%,d threat cases, %,d referrals) at %d schools, loaded in"
        + " %.0f s; %d runs each after %d to warm up.%n%n", CASES, CASES * 7 / 10, CASES - CASES * 7 / 10, SCHOOLS,
        loadSeconds, RUNS, WARMUP));
    md.append("Load average (1, 5, 15 min) before the runs: " + Machine.loadAverage() + " on " + Machine.cores()
        + " cores.\n\n");
    md.append("| what | who | rows | p50 ms | p95 ms | p99 ms | spread (min to max) ms |\n"
        + "|---|---|---|---|---|---|---|\n");
    for (Caller who : List.of(paula, dana)) {
      row(md, "case list, first page (25, newest first)", who, identity,
          () -> finder.list(who, query(null, null, CaseListing.Sort.OPENED, true, 0)).total());
      row(md, "case list, open serious threat cases", who, identity,
          () -> finder.list(who, query(true, "SERIOUS", CaseListing.Sort.OPENED, true, 0)).total());
      row(md, "case list, sorted by student, page 40", who, identity,
          () -> finder.list(who, query(null, null, CaseListing.Sort.STUDENT, false, 39)).total());
      row(md, "student search, name prefix \"mar\"", who, identity, () -> (long) finder.students(who, "mar", 50).size());
      row(md, "student search, name prefix \"jose nu\"", who, identity,
          () -> (long) finder.students(who, "jose nu", 50).size());
      row(md, "student search, district id", who, identity, () -> (long) finder.students(who, "D0000005", 50).size());
      row(md, "a student's record", who, identity, () -> (long) finder.ofStudent(who, "D0000005").size());
    }
    md.append("\nLoad average after the runs: " + Machine.loadAverage() + ".\n\n");
    md.append(plans(ctx.getBean(DataSource.class)));
    return md.toString();
  }

  /** The plans of the name-prefix search at one school and at two (EXPLAIN ANALYZE, as the search asks it). */
  private static String plans(DataSource ds) throws Exception {
    StringBuilder md = new StringBuilder("Plans of the name prefix \"jose nu\" (EXPLAIN ANALYZE):\n\n```\n");
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      for (String sql : List.of(
          "select * from threat_case where school_code in ('LHS') and (district_student_id = 'jose nu'"
              + " or student_name_key like 'jose nu%' escape '\\') order by student_name_key, id limit 50",
          "select * from referral where school_code in ('LHS', 'WMS') and (district_student_id = 'jose nu'"
              + " or student_name_key like 'jose nu%' escape '\\') order by student_name_key, id limit 50")) {
        try (java.sql.ResultSet plan = st.executeQuery("explain analyze " + sql)) {
          while (plan.next()) {
            md.append(plan.getString(1)).append('\n');
          }
        }
        md.append('\n');
      }
    }
    return md.append("```\n").toString();
  }

  private static CaseFinder.Query query(Boolean open, String classification, CaseListing.Sort sort, boolean desc,
      int page) {
    return new CaseFinder.Query(null, null, open, classification, null, false, false, sort, desc, page, 25);
  }

  private static void row(StringBuilder md, String what, Caller who, IdentityService identity, Supplier<Long> call) {
    identity.setAuthentication(who.userId(), who.groupIds(), who.tenantIds());
    try {
      long rows = 0;
      for (int i = 0; i < WARMUP; i++) {
        rows = call.get();
      }
      double[] ms = new double[RUNS];
      for (int i = 0; i < RUNS; i++) {
        long t = System.nanoTime();
        call.get();
        ms[i] = (System.nanoTime() - t) / 1e6;
      }
      Arrays.sort(ms);
      md.append(String.format(Locale.ROOT, "| %s | %s | %,d | %.1f | %.1f | %.1f | %.1f to %.1f |%n", what,
          who.userId(), rows, ms[RUNS / 2], ms[(int) Math.ceil(RUNS * 0.95) - 1], ms[(int) Math.ceil(RUNS * 0.99) - 1],
          ms[0], ms[RUNS - 1]));
      Benchmark.log(what + " as " + who.userId() + ": p50 " + ms[RUNS / 2] + " ms");
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The records, in batches; a student has one or more cases, at one school, over five years. */
  private static void load(DataSource ds, List<String> schools) throws Exception {
    Random random = new Random(17);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    int threats = CASES * 7 / 10;
    int students = CASES * 65 / 100;
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement threat = c.prepareStatement("insert into threat_case (process_instance_id, school_code,"
          + " student_name, student_name_key, student_grade, district_student_id, targets, behaviour, incident_date,"
          + " incident_location, weapon, imminent_danger, report_source, anonymous, reported_at, classification,"
          + " level_of_concern, outcome, closed_at) values (?, ?, ?, ?, '10', ?, 'A classmate', 'Said he would hurt"
          + " a classmate.', ?, 'Hallway', 'NONE', false, 'STAFF', false, ?, ?, ?, ?, ?)");
          PreparedStatement referral = c.prepareStatement("insert into referral (process_instance_id, school_code,"
              + " student_name, student_name_key, student_grade, district_student_id, family_contact_name,"
              + " family_contact_relationship, family_interpreter_needed, agency_id, purpose, reason,"
              + " expected_outcome, referred_by, referred_at, consent_status, outcome, closed_at) values (?, ?, ?, ?,"
              + " '9', ?, 'A parent', 'Mother', false, 'riverbend-mental-health', 'Counseling.', 'Anxiety.',"
              + " 'Attends class.', 'sally', ?, 'GIVEN', ?, ?)")) {
        for (int i = 0; i < CASES; i++) {
          int student = random.nextInt(students);
          String school = schools.get(student / FIRST.length % schools.size()); // names independent of schools
          String name = FIRST[student % FIRST.length] + " " + LAST[(student / FIRST.length) % LAST.length] + " "
              + Integer.toString(student, 36);
          Instant opened = now.minus(random.nextInt(5 * 365 * 24), ChronoUnit.HOURS);
          boolean open = opened.isAfter(now.minus(60, ChronoUnit.DAYS));
          Timestamp closed = open ? null : Timestamp.from(opened.plus(20, ChronoUnit.DAYS));
          String id = String.format(Locale.ROOT, "bench-%08d", i);
          String districtId = String.format(Locale.ROOT, "D%07d", student);
          PreparedStatement st = i < threats ? threat : referral;
          st.setString(1, id);
          st.setString(2, school);
          st.setString(3, name);
          st.setString(4, StudentNames.key(name));
          st.setString(5, districtId);
          if (i < threats) {
            st.setObject(6, LocalDate.ofInstant(opened, java.time.ZoneOffset.UTC));
            st.setTimestamp(7, Timestamp.from(opened));
            String[] classes = {"TRANSIENT", "SERIOUS", "VERY_SERIOUS"};
            st.setString(8, classes[i % 3]);
            st.setString(9, new String[] {"LOW", "MEDIUM", "HIGH"}[i % 3]);
            st.setString(10, open ? null : "RESOLVED");
            st.setTimestamp(11, closed);
          } else {
            st.setTimestamp(6, Timestamp.from(opened));
            st.setString(7, open ? null : "LINKED");
            st.setTimestamp(8, closed);
          }
          st.addBatch();
          if (i % 1000 == 999) {
            threat.executeBatch();
            referral.executeBatch();
            c.commit();
          }
        }
        threat.executeBatch();
        referral.executeBatch();
        c.commit();
      }
      c.setAutoCommit(true);
      try (Statement st = c.createStatement()) {
        st.execute("analyze threat_case");
        st.execute("analyze referral");
      }
    }
  }
}
