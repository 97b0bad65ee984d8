package com.sroworkflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives the referral and the threat assessment to their end over HTTP as Tasklist does, each step by the
 * person who takes it in a session of their own: the start form and each task's form submitted through
 * {@code submit-form} (for ours through the project's submission guard), the timer before the last task run by
 * the administrator through the job API. The same requests with the same values go to ours and to the bare
 * engine, whose models have the same user tasks on the driven path and nothing else.
 */
final class Throughput {

  /** The people of one school: each driver thread works one school. */
  record Staff(String school, String sro, String principal, String counselor) {}

  static final Staff LHS = new Staff("LHS", "sally", "paula", "maria");
  static final Staff WMS = new Staff("WMS", "steve", "peter", "peter");
  static final List<Staff> SCHOOLS = List.of(LHS, WMS);
  static final ZoneId DISTRICT = ZoneId.of("America/New_York");

  enum Kind {
    REFERRAL("referral", 4, "studentReferral", "benchBareReferral"),
    THREAT("threat assessment", 10, "threatAssessment", "benchBareThreat");

    final String label;
    final int userTasks;
    final String ours;
    final String bare;

    Kind(String label, int userTasks, String ours, String bare) {
      this.label = label;
      this.userTasks = userTasks;
      this.ours = ours;
      this.bare = bare;
    }
  }

  /** One measured application: its HTTP sessions and its database. */
  static final class Side {
    final Child app;
    final boolean bare;
    final Map<String, TasklistSession> sessions = new ConcurrentHashMap<>();
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    Side(Child app, boolean bare) {
      this.app = app;
      this.bare = bare;
    }

    String label() {
      return bare ? "bare" : "ours";
    }

    TasklistSession as(String user) {
      return sessions.computeIfAbsent(user, u -> {
        try {
          return new TasklistSession(http, app.base(), u);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
    }

    Connection jdbc() throws Exception {
      return DriverManager.getConnection(Postgres.url(app.db), "postgres", "");
    }
  }

  /** A window's result. */
  record Window(String side, Kind kind, int round, int cases, double seconds, int mails, long bytes) {
    double rate() {
      return cases / seconds;
    }
  }

  final AtomicLong retries = new AtomicLong();
  final GreenMail mail;

  Throughput(GreenMail mail) {
    this.mail = mail;
  }

  // ---- one case of each kind, driven to its end

  String run(Side side, Kind kind, Staff s) throws Exception {
    return kind == Kind.REFERRAL ? referral(side, s) : threat(side, s);
  }

  /** Acknowledged, consent given, linked to services, followed up: the referral's longest common path. */
  String referral(Side side, Staff s) throws Exception {
    String pi = startReferral(side, s);
    complete(side, s.principal(), pi, "AcknowledgeReferral", Map.of("acknowledgementComment", "Seen, thank you."));
    finishReferral(side, s, pi);
    return pi;
  }

  String startReferral(Side side, Staff s) throws Exception {
    return start(side, s.sro(), Kind.REFERRAL, referralStart(s));
  }

  void finishReferral(Side side, Staff s, String pi) throws Exception {
    String today = LocalDate.now(DISTRICT).toString();
    complete(side, s.sro(), pi, "RecordConsent", Map.of("consentDecision", "GIVEN", "consentBy", "Morgan Doe, mother",
        "consentMethod", "SIGNED_FORM", "consentDate", today,
        "consentScope", "Attendance record and this referral, to the agency only"));
    complete(side, s.sro(), pi, "RecordAgencyResponse", Map.of("agencyResponse", "ACCEPTED", "referralStatus", "LINKED",
        "firstContactDate", today));
    runTimer(side, pi, "FollowUpDue");
    complete(side, s.sro(), pi, "FollowUpReferral", Map.of("referralHelped", "YES", "followUpNote", "Back in class."));
  }

  /** A serious substantive threat: screened, assessed, classified, the protective actions, a plan, one review. */
  String threat(Side side, Staff s) throws Exception {
    String pi = start(side, s.counselor(), Kind.THREAT, threatReport(s));
    complete(side, s.principal(), pi, "ScreenReport", Map.of("screeningDecision", "THREAT",
        "screenedWith", List.of(s.sro())));
    Map<String, Object> assess = new HashMap<>(Map.of("resolvedOnSpot", "NO", "violentThreat", "NO",
        "meansAccess", "NO", "hasPlan", "NO", "priorIncidents", "NO", "weaponSeen", "NO", "imminentDangerNow", "NO",
        "selfHarm", "NO"));
    assess.put("assessmentNotes", "Interviewed the student, the target and two witnesses.");
    complete(side, s.counselor(), pi, "AssessThreat", assess);
    complete(side, s.principal(), pi, "DecideClassification", Map.of("classificationChoice", "ACCEPT"));
    complete(side, s.counselor(), pi, "NotifyVictimParents", Map.of("victimKind", "NONE",
        "noticeNote", "A threat to 'beat up somebody' with no one named."));
    String toldAt = LocalDateTime.now(DISTRICT).minusMinutes(5).truncatedTo(ChronoUnit.MINUTES).toString();
    complete(side, s.counselor(), pi, "NotifyStudentParents", Map.of("toldWhom", "Morgan Lee, the student's mother",
        "toldAt", toldAt, "toldHow", "PHONE"));
    complete(side, s.principal(), pi, "AcknowledgeThreat", Map.of());
    complete(side, s.sro(), pi, "DecideLawEnforcementAction", Map.of("crimeOccurred", "NO",
        "lawEnforcementAction", "NONE", "teamSummary", "No law-enforcement action."));
    complete(side, s.counselor(), pi, "WriteSafetyPlan", Map.of("planSummary", "A weekly check-in with the counselor.",
        "action1", "Weekly check-in with the counselor", "owner1", s.counselor(),
        "due1", LocalDate.now(DISTRICT).plusDays(7).toString()));
    complete(side, s.counselor(), pi, "CarryOutPlanAction", Map.of("actionStatus", "DONE"));
    runTimer(side, pi, "ReviewDue");
    complete(side, s.counselor(), pi, "ReviewCase", Map.of("reviewNotes", "Calm; no new incidents.", "concernNow", "LOW",
        "reviewDecision", "CLOSE", "closingOutcome", "ONGOING_SUPPORT", "closingNote", "Counseling continues."));
    return pi;
  }

  private static Map<String, Object> referralStart(Staff s) {
    Map<String, Object> v = new HashMap<>();
    v.put("schoolCode", s.school());
    v.put("studentName", "Jordan Avery Doe");
    v.put("studentGrade", "9");
    v.put("districtStudentId", s.school() + "-4410027");
    v.put("familyContactName", "Morgan Doe");
    v.put("familyContactRelationship", "Mother");
    v.put("familyContactPhone", "(555) 010-2233");
    v.put("familyInterpreterNeeded", false);
    v.put("agencyId", "riverbend-mental-health");
    v.put("purpose", "Assessment and counseling for anxiety that keeps Jordan from attending class.");
    v.put("reason", "Jordan has missed 11 days this term and told me about panic attacks before school.");
    v.put("expectedOutcome", "Jordan sees a counselor regularly and attends class again.");
    return v;
  }

  private static Map<String, Object> threatReport(Staff s) {
    Map<String, Object> v = new HashMap<>();
    v.put("schoolCode", s.school());
    v.put("studentName", "Casey Jordan Lee");
    v.put("studentGrade", "10");
    v.put("districtStudentId", s.school() + "-5520193");
    v.put("imminentDanger", "NO");
    v.put("threatTargets", "Somebody in class");
    v.put("threatBehaviour", "Said in the cafeteria he would beat somebody up after school.");
    v.put("incidentDate", LocalDate.now(DISTRICT).toString());
    // Midnight of the district's day: never in the future (00:01 was, in the first minute of the day in New York,
    // and the form refused the case).
    v.put("incidentTime", "00:00");
    v.put("incidentLocation", "Cafeteria");
    v.put("weapon", "NONE");
    v.put("reportSource", "STUDENT");
    v.put("sourceName", "Jamie R., a classmate");
    v.put("reportAnonymously", false);
    return v;
  }

  // ---- the driver's steps, as HTTP requests

  /**
   * When set, what each step of a case costs in the application's JVM, by step (the start, a task's key, a timer):
   * statements, round trips and commits from the request until everything it queued is done, summed over the cases
   * run while it is set. The driver's own look-ups (the task's id, the timer's job) are not counted.
   */
  Map<String, long[]> steps;

  private <T> T step(Side side, String name, Callable<T> step) throws Exception {
    if (steps == null) {
      return step.call();
    }
    drain(side);
    long[] before = side.app.counts();
    T result = step.call();
    drain(side);
    long[] after = side.app.counts();
    long[] sum = steps.computeIfAbsent(name, k -> new long[3]);
    for (int k = 0; k < 3; k++) {
      sum[k] += after[k] - before[k];
    }
    return result;
  }

  String start(Side side, String user, Kind kind, Map<String, Object> values) throws Exception {
    String key = side.bare ? kind.bare : kind.ours;
    return step(side, "start", () -> side.as(user).post("/process-definition/key/" + key + "/submit-form",
        TasklistSession.variables(values)).get("id").asText());
  }

  String taskId(Side side, String user, String pi, String key) throws Exception {
    JsonNode list = side.as(user).get("/task?processInstanceId=" + pi + "&taskDefinitionKey=" + key);
    if (list.size() != 1) {
      throw new IllegalStateException(side.label() + ": " + user + " finds " + list.size() + " open " + key + " in " + pi);
    }
    return list.get(0).get("id").asText();
  }

  void complete(Side side, String user, String pi, String key, Map<String, Object> values) throws Exception {
    String taskId = taskId(side, user, pi, key);
    step(side, key, () -> {
      completeTask(side, user, taskId, values);
      return null;
    });
  }

  void completeTask(Side side, String user, String taskId, Map<String, Object> values) throws Exception {
    for (int attempt = 1; ; attempt++) {
      try {
        side.as(user).post("/task/" + taskId + "/submit-form", TasklistSession.variables(values));
        return;
      } catch (TasklistSession.HttpFailure e) {
        if (attempt == 5 || !e.body.contains("OptimisticLocking")) {
          throw e;
        }
        retries.incrementAndGet();
      }
    }
  }

  void runTimer(Side side, String pi, String activityId) throws Exception {
    JsonNode jobs = side.as("admin").get("/job?processInstanceId=" + pi + "&activityId="
        + URLEncoder.encode(activityId, StandardCharsets.UTF_8));
    if (jobs.size() != 1) {
      throw new IllegalStateException(side.label() + ": " + jobs.size() + " timers " + activityId + " in " + pi);
    }
    String jobId = jobs.get(0).get("id").asText();
    step(side, activityId + " (timer)", () -> side.as("admin").post("/job/" + jobId + "/execute", Map.of()));
  }

  /**
   * Waits until the application has done everything the cases queued: no job due (the notifications' delivery,
   * by the job executor) and, for ours, no notification waiting in the outbox.
   */
  void drain(Side side) throws Exception {
    long end = System.nanoTime() + 300_000_000_000L;
    try (Connection c = side.jdbc(); Statement st = c.createStatement()) {
      while (System.nanoTime() < end) {
        long due = count(st, "select count(*) from act_ru_job where retries_ > 0 and suspension_state_ = 1"
            + " and (duedate_ is null or duedate_ <= localtimestamp)");
        long pending = side.bare ? 0 : countOrZero(st, "select count(*) from notification where status = 'PENDING'");
        if (due == 0 && pending == 0) {
          return;
        }
        sleep(20);
      }
    }
    throw new IllegalStateException(side.label() + ": jobs still due after 5 minutes");
  }

  static long count(Statement st, String sql) throws Exception {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long countOrZero(Statement st, String sql) {
    try {
      return count(st, sql);
    } catch (Exception e) {
      return 0;
    }
  }

  /** Per table of the application's schema: its bytes (with indexes and TOAST) and the rows ever inserted into it. */
  static Map<String, long[]> tables(Side side) throws Exception {
    sleep(1500); // the statistics of the last transactions reach pg_stat_user_tables within a second
    Map<String, long[]> out = new java.util.TreeMap<>();
    try (Connection c = side.jdbc(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
        "select c.relname, pg_total_relation_size(c.oid), coalesce(s.n_tup_ins, 0) from pg_class c join pg_namespace n"
            + " on n.oid = c.relnamespace left join pg_stat_user_tables s on s.relid = c.oid"
            + " where n.nspname = current_schema() and c.relkind = 'r'")) {
      while (rs.next()) {
        out.put(rs.getString(1).toLowerCase(), new long[] {rs.getLong(2), rs.getLong(3)});
      }
    }
    return out;
  }

  /** Every table and index of the application's schema (engine and application tables), in bytes. */
  static long size(Side side) throws Exception {
    try (Connection c = side.jdbc(); Statement st = c.createStatement()) {
      return count(st, "select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c join pg_namespace n"
          + " on n.oid = c.relnamespace where n.nspname = current_schema() and c.relkind in ('r', 'm')");
    }
  }

  /**
   * One window: each thread works one school's cases of the kind, one after another, until {@code seconds} have
   * passed; the window closes when the last case has ended and everything the cases queued is done (mail
   * delivered to the SMTP server). Returns the cases, the seconds, the mails received and the database growth.
   */
  Window window(Side side, Kind kind, int round, double seconds, int threads) throws Exception {
    long sizeBefore = size(side);
    int mailsBefore = mail.getReceivedMessages().length;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<Integer>> work = new ArrayList<>();
      long start = System.nanoTime();
      long deadline = start + (long) (seconds * 1e9);
      for (int t = 0; t < threads; t++) {
        Staff s = SCHOOLS.get(t % SCHOOLS.size());
        work.add(() -> {
          int n = 0;
          while (System.nanoTime() < deadline) {
            run(side, kind, s);
            n++;
          }
          return n;
        });
      }
      int cases = 0;
      for (Future<Integer> f : pool.invokeAll(work)) {
        cases += f.get();
      }
      drain(side);
      double elapsed = (System.nanoTime() - start) / 1e9;
      int mails = mail.getReceivedMessages().length - mailsBefore;
      Window w = new Window(side.label(), kind, round, cases, elapsed, mails, size(side) - sizeBefore);
      Benchmark.log(String.format("round %d %-4s %-17s %3d cases in %5.1f s = %5.2f cases/s, %3d mails", round,
          side.label(), kind.label, cases, elapsed, w.rate(), mails));
      return w;
    } finally {
      pool.shutdownNow();
    }
  }

  /** {@code n} cases of a kind on {@code threads} threads, for warming up and for the size measurement. */
  Window cases(Side side, Kind kind, int n, int threads) throws Exception {
    return cases(side, kind, n, threads, Long.MAX_VALUE);
  }

  /** As above, but no case is started after {@code deadline} (System.nanoTime()); the window says how many ran. */
  Window cases(Side side, Kind kind, int n, int threads, long deadline) throws Exception {
    long sizeBefore = size(side);
    int mailsBefore = mail.getReceivedMessages().length;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      AtomicLong left = new AtomicLong(n);
      List<Callable<Integer>> work = new ArrayList<>();
      long start = System.nanoTime();
      for (int t = 0; t < threads; t++) {
        Staff s = SCHOOLS.get(t % SCHOOLS.size());
        work.add(() -> {
          int done = 0;
          while (System.nanoTime() < deadline && left.getAndDecrement() > 0) {
            run(side, kind, s);
            done++;
          }
          return done;
        });
      }
      int ran = 0;
      for (Future<Integer> f : pool.invokeAll(work)) {
        ran += f.get();
      }
      drain(side);
      return new Window(side.label(), kind, 0, ran, (System.nanoTime() - start) / 1e9,
          mail.getReceivedMessages().length - mailsBefore, size(side) - sizeBefore);
    } finally {
      pool.shutdownNow();
    }
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
