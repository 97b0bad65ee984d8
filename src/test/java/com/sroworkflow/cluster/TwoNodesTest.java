package com.sroworkflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sroworkflow.PostgresPass;
import com.sroworkflow.TestDatabases;
import com.sroworkflow.referral.ReferralTestData;
import com.sroworkflow.threat.ThreatTestData;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two application nodes (two JVMs) on one PostgreSQL database, both running the job executor, the
 * way a state-wide deployment runs them: escalations (timers, and the referral's sweep of overdue
 * acknowledgements on both nodes) fire once and their mails go out once
 * whichever node picks them up, and two people completing one task through different nodes at the
 * same moment get one success and one conflict, with the process moving on once.
 *
 * <p>Deadlines a few seconds out: the school calendar's day ends at 00:00:20 (UTC) and the nodes'
 * engine clock is moved to a Sunday 23:59:50. A referral's acknowledgement (one school day) and a
 * threat report's screening (the same school day) started then are both due on Monday 00:00:20,
 * half a minute later.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(PostgresPass.Needed.class)
class TwoNodesTest {

  private static final String DAY_ENDS = "00:00:20";

  private String database;
  private GreenMail mailServer;
  private AppProcess node1;
  private AppProcess node2;

  @BeforeAll
  void startTwoNodes() throws Exception {
    database = TestDatabases.create("nodes");
    mailServer = new GreenMail(new ServerSetup(Nodes.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mailServer.start();
    // The first node creates the schemas and the demo data, then the second joins (docs/operations.md).
    node1 = AppProcess.testNode("two-nodes-node1", 8281, Nodes.postgresEnv(database),
        settings("node1")).awaitUp(Duration.ofMinutes(3));
    node2 = AppProcess.testNode("two-nodes-node2", 8282, Nodes.postgresEnv(database),
        settings("node2")).awaitUp(Duration.ofMinutes(3));
  }

  private List<String> settings(String node) {
    return List.of("--spring.profiles.active=postgres",
        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mailServer.getSmtp().getPort(),
        "--sro.school-calendar.zone=UTC", "--sro.school-calendar.day-starts=00:00",
        "--sro.school-calendar.day-ends=" + DAY_ENDS,
        // The node's name in the job log, to see that both nodes ran jobs.
        "--camunda.bpm.generic-properties.properties.hostname=" + node,
        // Acquire due jobs every second at most, so the test need not wait a minute for an idle node.
        "--camunda.bpm.job-execution.max-wait=1000", "--camunda.bpm.job-execution.wait-time-in-millis=500",
        // and look for overdue acknowledgements every second (referral.AcknowledgementEscalations), both nodes
        "--sro.referral.escalation-interval=PT1S",
        "--logging.level.root=WARN", "--logging.level.com.sroworkflow=INFO");
  }

  @AfterAll
  void stopNodes() throws Exception {
    for (AppProcess node : new AppProcess[] {node1, node2}) {
      if (node != null) {
        node.close();
      }
    }
    if (mailServer != null) {
      mailServer.stop();
    }
    if (database != null) {
      TestDatabases.drop(database);
    }
  }

  @Test
  void escalationsFireOnceAndEveryMailGoesOutOnceWhicheverNodeRunsThem() throws Exception {
    Instant sundayEvening = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))
        .atTime(23, 59, 50).toInstant(ZoneOffset.UTC);
    if (sundayEvening.isBefore(Instant.now().plusSeconds(60))) {
      sundayEvening = sundayEvening.plus(Duration.ofDays(7));
    }
    long offset = sundayEvening.toEpochMilli() - System.currentTimeMillis();
    // The nodes' clocks move one after the other: a mail of the other test still in the outbox then would be claimed
    // by the node still on today's clock until five minutes from now, which the node already days ahead sees as
    // expired (a claim is valid until a time on the claiming node's clock). Nodes whose clocks disagree by days are
    // the test's doing, not a deployment's: the outbox is left empty before the clocks move.
    try (Connection db = connect()) {
      await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
          assertThat(scalar(db, "select count(*) from notification where status = 'PENDING'")).isZero());
    }
    node1.tell("offset " + offset);
    node2.tell("offset " + offset);

    List<String> referrals = new ArrayList<>();
    List<String> reports = new ArrayList<>();
    ExecutorService callers = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> started = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        AppProcess node = i % 2 == 0 ? node1 : node2;
        started.add(callers.submit(() -> start(node, "studentReferral", referral())));
        started.add(callers.submit(() -> start(node, "threatAssessment", ThreatTestData.lhsReport())));
      }
      for (int i = 0; i < started.size(); i++) {
        (i % 2 == 0 ? referrals : reports).add(started.get(i).get());
      }
    } finally {
      callers.shutdown();
    }

    try (Connection db = connect()) {
      await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
        assertThat(count(db, referrals, "FollowUpUnacknowledgedReferral")).isEqualTo(referrals.size());
        assertThat(count(db, reports, "FollowUpOverdueScreening")).isEqualTo(reports.size());
        assertThat(scalar(db, "select count(*) from notification where status = 'PENDING'")).isZero();
        assertThat(scalar(db, "select count(*) from act_ru_job j left join act_ru_jobdef d on d.id_ = j.job_def_id_"
            + " where j.type_ = 'message' or d.act_id_ in ('AcknowledgementOverdue', 'ScreeningOverdue')")).isZero();
      });
      Thread.sleep(3000); // a late duplicate would arrive now

      for (String pi : referrals) {
        assertThat(activities(db, pi, "AcknowledgementOverdue")).as("referral escalated once").isOne();
        assertThat(activities(db, pi, "RemindPrincipal")).isOne();
        assertThat(activities(db, pi, "FollowUpUnacknowledgedReferral")).isOne();
      }
      for (String pi : reports) {
        assertThat(activities(db, pi, "ScreeningOverdue")).as("screening escalated once").isOne();
        assertThat(activities(db, pi, "RemindTeam")).isOne();
        assertThat(activities(db, pi, "FollowUpOverdueScreening")).isOne();
      }

      // Each notification went out exactly once, and they include the escalations' reminders.
      Map<String, Long> received = Arrays.stream(mailServer.getReceivedMessages())
          .collect(Collectors.groupingBy(TwoNodesTest::messageId, Collectors.counting()));
      List<String> notifications = strings(db, "select id from notification where recipient_email is not null");
      assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(
          notifications.stream().map(id -> "<notification-" + id + "@sro-workflow>").toList());
      assertThat(received.values()).as("no mail twice").allMatch(n -> n == 1);
      assertThat(scalar(db, "select count(*) from notification where subject like 'Reminder:%'"))
          .isGreaterThanOrEqualTo(referrals.size() + reports.size());
      System.out.printf("Two nodes: %d referrals and %d threat reports escalated once each; %d mails, none twice%n",
          referrals.size(), reports.size(), received.size());

      // Both nodes ran jobs.
      assertThat(strings(db, "select distinct hostname_ from act_hi_job_log where job_state_ = 2"))
          .contains("node1", "node2");
    }
  }

  @Test
  void twoPeopleCompletingOneTaskOnTwoNodesAtOnceGetOneSuccessAndOneConflict() throws Exception {
    int rounds = 6;
    Map<Integer, Integer> outcomes = new HashMap<>();
    List<String> conflictMessages = new ArrayList<>();
    ExecutorService callers = Executors.newFixedThreadPool(2);
    try (Connection db = connect()) {
      for (int round = 0; round < rounds; round++) {
        String pi = start(node1, "studentReferral", referral());
        String taskId = Rest.get(node2.baseUrl(), "paula", "/engine-rest/task?processInstanceId=" + pi
            + "&taskDefinitionKey=AcknowledgeReferral").json().get(0).get("id").asText();
        Map<String, Object> body = Rest.variables(Map.of("acknowledgementComment", "Seen, thank you."));
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<Rest.Answer>> answers = new ArrayList<>();
        for (AppProcess node : List.of(node1, node2)) {
          answers.add(callers.submit(() -> {
            together.await();
            return Rest.post(node.baseUrl(), "paula", "/engine-rest/task/" + taskId + "/complete", body);
          }));
        }
        List<Rest.Answer> both = List.of(answers.get(0).get(), answers.get(1).get());
        both.forEach(a -> outcomes.merge(a.status(), 1, Integer::sum));
        assertThat(both).extracting(Rest.Answer::status).as(both.toString()).containsExactlyInAnyOrder(204, 409);
        Rest.Answer conflict = both.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
        assertThat(conflict.json().get("type").asText()).isEqualTo("Conflict");
        conflictMessages.add(conflict.json().get("message").asText());

        // The process moved on once: one acknowledgement, recorded once, and the subprocess ended once.
        assertThat(scalar(db, "select count(*) from act_hi_taskinst where proc_inst_id_ = '" + pi
            + "' and task_def_key_ = 'AcknowledgeReferral' and end_time_ is not null")).isOne();
        assertThat(activities(db, pi, "AcknowledgeReferral")).isOne();
        assertThat(scalar(db, "select count(*) from act_ru_task where proc_inst_id_ = '" + pi
            + "' and task_def_key_ = 'AcknowledgeReferral'")).isZero();
        assertThat(scalar(db, "select count(*) from act_hi_varinst where proc_inst_id_ = '" + pi
            + "' and name_ = 'acknowledgementComment'")).isOne();
      }
    } finally {
      callers.shutdown();
    }
    System.out.println("Concurrent completion from two nodes, " + rounds + " rounds: statuses " + outcomes
        + "; the losers were told: " + conflictMessages.stream().distinct().toList());
  }

  private static Map<String, Object> referral() {
    Map<String, Object> v = new HashMap<>(ReferralTestData.lhsReferral());
    v.remove("referringUser");
    return v;
  }

  private static String start(AppProcess node, String process, Map<String, Object> values) throws Exception {
    Rest.Answer answer = Rest.post(node.baseUrl(), "sally", "/engine-rest/process-definition/key/" + process + "/start",
        Rest.variables(values));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().get("id").asText();
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(TestDatabases.url(database), TestDatabases.user(), TestDatabases.password());
  }

  private static long count(Connection db, List<String> instances, String taskKey) throws SQLException {
    return scalar(db, "select count(*) from act_hi_taskinst where task_def_key_ = '" + taskKey
        + "' and proc_inst_id_ in (" + instances.stream().map(i -> "'" + i + "'").collect(Collectors.joining(","))
        + ")");
  }

  private static long activities(Connection db, String pi, String activityId) throws SQLException {
    return scalar(db, "select count(*) from act_hi_actinst where proc_inst_id_ = '" + pi + "' and act_id_ = '"
        + activityId + "'");
  }

  static long scalar(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  static List<String> strings(Connection db, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        values.add(r.getString(1));
      }
    }
    return values;
  }

  static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
