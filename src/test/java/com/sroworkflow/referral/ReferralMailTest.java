package com.sroworkflow.referral;

import static com.sroworkflow.referral.ReferralTestData.lhsReferral;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.notification.Notification;
import com.sroworkflow.notification.NotificationRepository;
import com.sroworkflow.notification.OutboxDelivery;
import com.sroworkflow.Http;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Referral mails over real SMTP (GreenMail in the test JVM): who gets them, what they say and where
 * they link, and what a mail server outage does to them. The only test class with a mail server,
 * so the only extra application context.
 */
@IntegrationTest
class ReferralMailTest {

  private static final ServerSetup SMTP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
  private static GreenMail mailServer;

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry properties) {
    // Both test contexts live in one JVM, and /engine-rest finds its engine by name in Camunda's static
    // registry: under the default name this context's engine would take over the other context's REST API.
    properties.add("camunda.bpm.process-engine-name", () -> "mailTest");
    properties.add("spring.mail.host", SMTP::getBindAddress);
    properties.add("spring.mail.port", SMTP::getPort);
    properties.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
    properties.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
    properties.add("sro.mail.retry-cycle", () -> "R3/PT1M");
  }

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired OutboxDelivery delivery;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired NotificationRepository outbox;

  @BeforeEach
  void startMailServer() {
    startServer();
  }

  @AfterEach
  void stopMailServer() {
    stopServer();
  }

  private static void startServer() {
    if (mailServer == null) {
      mailServer = new GreenMail(SMTP);
      mailServer.start();
    }
  }

  private static void stopServer() {
    if (mailServer != null) {
      mailServer.stop();
      mailServer = null;
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Notification principalNotice(ProcessInstance pi) {
    List<Notification> sent = outbox.findByProcessInstanceIdOrderByIdAsc(pi.getId());
    assertThat(sent).hasSize(1);
    return sent.get(0);
  }

  /** The notification as the outbox has it now. */
  private Notification stored(Notification n) {
    return outbox.findById(n.getId()).orElseThrow();
  }

  /** Its next attempt made due now, as the clock would make it. */
  private void dueNow(Notification n) {
    jdbc.update("update notification set next_attempt_at = null where id = ?", n.getId());
  }

  private List<MimeMessage> received(Notification n) {
    return Arrays.stream(mailServer.getReceivedMessages()).filter(m -> messageId(m).equals(n.messageId())).toList();
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @LocalServerPort int port;

  @Test
  void thePrincipalOfTheSchoolIsMailedWhoReferredToWhichAgencyWithALinkToHerTaskButNotTheStudent() throws Exception {
    ProcessInstance pi = runtime.startProcessInstanceByKey("studentReferral", lhsReferral());
    Notification notice = principalNotice(pi);
    String taskId = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("AcknowledgeReferral")
        .singleResult().getId();

    assertThat(delivery.deliver(notice.getId())).as("claimed and delivered").isTrue();

    assertThat(received(notice)).singleElement().satisfies(mail -> {
      assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
          .containsExactly("paula@sro.example");
      assertThat(mail.getSubject()).isEqualTo("Referral to acknowledge at Lincoln High School");
      String body = GreenMailUtil.getBody(mail);
      // the link goes to the server's own port (sro.mail.base-url is not set in the tests); no student in the mail
      assertThat(body).contains("Dear Paula Park", "Sally Sato", "Riverbend Community Mental Health Center",
          "http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId)
          .doesNotContain("Jordan").doesNotContain("J.A.D.");
    });
    assertThat(Arrays.stream(mailServer.getReceivedMessages()).flatMap(m -> recipients(m).stream()))
        .doesNotContain("peter@sro.example");
    assertThat(outbox.findById(notice.getId()).orElseThrow().getStatus()).isEqualTo(Notification.Status.SENT);
  }

  private static List<String> recipients(MimeMessage m) {
    try {
      return Arrays.stream(m.getAllRecipients()).map(Object::toString).toList();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aMailServerOutageDelaysTheMailAndItArrivesOnceWhenTheServerIsBack() {
    stopServer();
    ProcessInstance pi = runtime.startProcessInstanceByKey("studentReferral", lhsReferral());
    Notification notice = principalNotice(pi);

    assertThat(delivery.deliver(notice.getId())).as("tried, and the failure recorded, not thrown").isTrue();

    Notification waiting = stored(notice);
    assertThat(waiting.getStatus()).isEqualTo(Notification.Status.PENDING);
    assertThat(waiting.getAttempts()).isEqualTo(1);
    assertThat(waiting.getLastError()).isNotBlank();
    assertThat(waiting.getNextAttemptAt()).as("retried after the cycle's interval (R3/PT1M)")
        .isAfter(waiting.getCreatedAt().plusSeconds(50));
    assertThat(delivery.deliver(notice.getId())).as("not due before its next attempt").isFalse();
    assertThat(stored(notice).getAttempts()).isEqualTo(1);
    // The referral step that wrote the notice is unaffected by the outage.
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("AcknowledgeReferral").count())
        .isOne();

    startServer();
    dueNow(notice);
    assertThat(delivery.deliver(notice.getId())).isTrue();

    assertThat(received(notice)).hasSize(1);
    assertThat(stored(notice).getStatus()).isEqualTo(Notification.Status.SENT);
    assertThat(delivery.deliver(notice.getId())).as("a sent notification is not claimed again").isFalse();
    assertThat(received(notice)).hasSize(1);
  }

  @Test
  void theRetriesBackOffAndWhenTheyRunOutTheMailIsFailedUntilAnAdministratorRetriesItAndItGoesOutOnce() {
    stopServer();
    ProcessInstance pi = runtime.startProcessInstanceByKey("studentReferral", lhsReferral());
    Notification notice = principalNotice(pi);

    int attempts = 0;
    java.util.List<java.time.Duration> waits = new java.util.ArrayList<>();
    while (stored(notice).getStatus() == Notification.Status.PENDING && attempts < 10) {
      dueNow(notice);
      assertThat(delivery.deliver(notice.getId())).isTrue();
      attempts++;
      Notification after = stored(notice);
      if (after.getNextAttemptAt() != null) {
        waits.add(java.time.Duration.between(com.sroworkflow.system.EngineClock.now(), after.getNextAttemptAt()));
      }
    }

    assertThat(attempts).isEqualTo(3);
    assertThat(waits).as("one interval, then twice as long").hasSize(2);
    assertThat(waits.get(0)).isBetween(java.time.Duration.ofSeconds(50), java.time.Duration.ofMinutes(1));
    assertThat(waits.get(1)).isBetween(java.time.Duration.ofSeconds(110), java.time.Duration.ofMinutes(2));
    Notification failed = stored(notice);
    assertThat(failed.getStatus()).isEqualTo(Notification.Status.FAILED);
    assertThat(failed.getAttempts()).isEqualTo(3);
    assertThat(delivery.deliverDue()).as("a failed notification waits for an administrator").isZero();

    startServer();
    Http admin = Http.as(rest, "admin");
    assertThat(Http.as(rest, "sally").post("/api/notifications/" + notice.getId() + "/retry", "")
        .getStatusCode().value()).as("only administrators retry").isEqualTo(403);
    assertThat(stored(notice).getStatus()).isEqualTo(Notification.Status.FAILED);
    assertThat(admin.post("/api/notifications/" + notice.getId() + "/retry", "").getStatusCode().value())
        .isEqualTo(204);
    assertThat(delivery.deliver(notice.getId())).isTrue();

    assertThat(received(notice)).hasSize(1);
    assertThat(stored(notice).getStatus()).isEqualTo(Notification.Status.SENT);
    assertThat(admin.post("/api/notifications/" + notice.getId() + "/retry", "").getStatusCode().value())
        .as("a sent notification is not retried").isEqualTo(404);
    assertThat(received(notice)).hasSize(1);
  }

  /**
   * A node that dies after the mail server took the mail but before it released its claim leaves the claim to
   * expire (cluster, issue 7). Here the claim is left as a dying node leaves it, then made to expire: the outbox
   * says sent (recorded the moment the server took it), and no node sends it again.
   */
  @Test
  void aNotificationWhoseNodeDiedAfterTheMailWentOutIsNotSentTwice() {
    ProcessInstance pi = runtime.startProcessInstanceByKey("studentReferral", lhsReferral());
    Notification notice = principalNotice(pi);
    assertThat(delivery.deliver(notice.getId())).isTrue();
    assertThat(received(notice)).hasSize(1);
    jdbc.update("update notification set locked_by = 'dead-node', locked_until = ? where id = ?",
        java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), notice.getId());

    assertThat(stored(notice).getStatus()).isEqualTo(Notification.Status.SENT);
    assertThat(delivery.deliver(notice.getId())).isFalse();
    assertThat(received(notice)).hasSize(1);
  }

  /** Two nodes (two claims) for one due notification: one has it, the other gets nothing to send. */
  @Test
  void aNotificationClaimedByOneNodeIsNotClaimedByAnother() {
    ProcessInstance pi = runtime.startProcessInstanceByKey("studentReferral", lhsReferral());
    Notification notice = principalNotice(pi);
    java.time.Instant now = com.sroworkflow.system.EngineClock.now();

    assertThat(outbox.claim(notice.getId(), "node-a", now, now.plusSeconds(300))).isOne();
    assertThat(outbox.claim(notice.getId(), "node-b", now, now.plusSeconds(300))).isZero();
    assertThat(delivery.deliver(notice.getId())).as("held by node-a").isFalse();
    assertThat(received(notice)).isEmpty();

    // node-a died: its claim expires, and another node takes the mail over
    jdbc.update("update notification set locked_until = ? where id = ?",
        java.sql.Timestamp.from(now.minusSeconds(1)), notice.getId());
    assertThat(delivery.deliver(notice.getId())).isTrue();
    assertThat(received(notice)).hasSize(1);
  }
}
