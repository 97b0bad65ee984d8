package com.sroworkflow.referral;

import static com.sroworkflow.referral.ReferralTestData.lhsReferral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.NotOnPostgres;
import com.sroworkflow.notification.Notification;
import com.sroworkflow.notification.NotificationRepository;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Referral mails over real SMTP (GreenMail in the test JVM): who gets them, what they say and where
 * they link, and what a mail server outage does to them. The only test class with a mail server,
 * so the only extra application context.
 */
@IntegrationTest
@NotOnPostgres("mail over SMTP: recipients, words, links, an outage's retries and a delivery job run again after"
    + " its transaction was lost; its own application context (a mail server) would start a second time. On"
    + " PostgreSQL: mails once whichever node runs the timer (cluster/TwoNodesTest), none lost or sent twice when a"
    + " node is killed mid-delivery (cluster/NodeKillIT)")
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
  @Autowired ManagementService management;
  @Autowired NotificationRepository outbox;
  @Autowired PlatformTransactionManager transactions;

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

  private Job deliveryJob(Notification n) {
    ProcessInstance delivery = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey("notification-" + n.getId()).singleResult();
    return management.createJobQuery().processInstanceId(delivery.getId()).singleResult();
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

    management.executeJob(deliveryJob(notice).getId());

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
    Job job = deliveryJob(notice);

    assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("Mail server did not take");

    Notification waiting = outbox.findById(notice.getId()).orElseThrow();
    assertThat(waiting.getStatus()).isEqualTo(Notification.Status.PENDING);
    assertThat(waiting.getAttempts()).isEqualTo(1);
    assertThat(waiting.getLastError()).isNotBlank();
    Job retried = deliveryJob(notice);
    assertThat(retried.getRetries()).isPositive();
    assertThat(retried.getExceptionMessage()).isNotBlank();
    assertThat(runtime.createIncidentQuery().processInstanceId(retried.getProcessInstanceId()).count()).isZero();
    // The referral step that wrote the notice is unaffected by the outage.
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("AcknowledgeReferral").count())
        .isOne();

    startServer();
    management.executeJob(retried.getId());

    assertThat(received(notice)).hasSize(1);
    assertThat(outbox.findById(notice.getId()).orElseThrow().getStatus()).isEqualTo(Notification.Status.SENT);
    assertThat(management.createJobQuery().processInstanceId(retried.getProcessInstanceId()).count()).isZero();
  }

  @Test
  void whenTheRetriesRunOutAnIncidentShowsAndRetryingItSendsTheMailOnce() {
    stopServer();
    ProcessInstance pi = runtime.startProcessInstanceByKey("studentReferral", lhsReferral());
    Notification notice = principalNotice(pi);

    int attempts = 0;
    Job job = deliveryJob(notice);
    while (job.getRetries() > 0 && attempts < 10) {
      String id = job.getId();
      assertThatThrownBy(() -> management.executeJob(id));
      attempts++;
      job = deliveryJob(notice);
    }

    assertThat(attempts).isEqualTo(3);
    assertThat(outbox.findById(notice.getId()).orElseThrow().getAttempts()).isEqualTo(3);
    assertThat(runtime.createIncidentQuery().processInstanceId(job.getProcessInstanceId()).count()).isOne();

    startServer();
    management.setJobRetries(job.getId(), 1);
    management.executeJob(job.getId());

    assertThat(received(notice)).hasSize(1);
    assertThat(runtime.createIncidentQuery().processInstanceId(job.getProcessInstanceId()).count()).isZero();
    assertThat(outbox.findById(notice.getId()).orElseThrow().getStatus()).isEqualTo(Notification.Status.SENT);
  }

  /**
   * A node that dies after the mail server took the mail but before the job's transaction commits
   * leaves the job to run again (cluster, issue 7). Here the job's transaction rolls back after the
   * send, as it would with the node gone: the job is still there, and running it again sends nothing.
   */
  @Test
  void aDeliveryJobThatRunsAgainAfterTheMailWentOutDoesNotSendItTwice() {
    ProcessInstance pi = runtime.startProcessInstanceByKey("studentReferral", lhsReferral());
    Notification notice = principalNotice(pi);
    String jobId = deliveryJob(notice).getId();

    TransactionTemplate dyingNode = new TransactionTemplate(transactions);
    dyingNode.executeWithoutResult(tx -> {
      management.executeJob(jobId);
      tx.setRollbackOnly();
    });

    assertThat(received(notice)).hasSize(1);
    assertThat(management.createJobQuery().jobId(jobId).count()).as("the job runs again").isOne();
    assertThat(outbox.findById(notice.getId()).orElseThrow().getStatus()).isEqualTo(Notification.Status.SENT);

    management.executeJob(jobId);

    assertThat(received(notice)).hasSize(1);
    assertThat(management.createJobQuery().jobId(jobId).count()).isZero();
  }
}
