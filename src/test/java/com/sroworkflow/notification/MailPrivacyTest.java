package com.sroworkflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.sroworkflow.IntegrationTest;
import com.sroworkflow.NotOnPostgres;
import com.sroworkflow.referral.ReferralTestData;
import com.sroworkflow.threat.ThreatScenario;
import com.sroworkflow.threat.ThreatTestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Issue 19 item 6: a mail says what to do and links to the task; neither a mail (subject or text) nor the
 * log names a student, a student id or words of the report, from the report of an imminent threat through
 * its classification, and for a referral.
 */
@IntegrationTest
@NotOnPostgres("the words of mails and log lines (no student name, id or report text), whatever database "
    + "stores them")
@ExtendWith(OutputCaptureExtension.class)
class MailPrivacyTest {

  @Autowired ThreatScenario threats;
  @Autowired RuntimeService runtime;
  @Autowired OutboxDelivery delivery;
  @Autowired NotificationRepository outbox;

  private final List<String> referrals = new ArrayList<>();

  /**
   * The application's own loggers at every level while the cases run, whatever level the JVM's logging was
   * last configured with (another test's application may have set the root to WARN): the check covers what
   * the code logs at any level, and the outbox's line proves the log was read.
   */
  @BeforeEach
  void logEverythingTheApplicationSays() {
    LoggingSystem.get(getClass().getClassLoader()).setLogLevel("com.sroworkflow", LogLevel.TRACE);
  }

  @AfterEach
  void removeCases() {
    LoggingSystem.get(getClass().getClassLoader()).setLogLevel("com.sroworkflow", null);
    threats.removeStartedCases();
    referrals.forEach(id -> runtime.deleteProcessInstanceIfExists(id, "test over", true, true, true, true));
  }

  @Test
  void noMailAndNoLogLineNamesTheStudentOrQuotesTheReport(CapturedOutput log) {
    Map<String, Object> imminent = ThreatTestData.lhsReport();
    imminent.put("imminentDanger", "YES");
    ProcessInstance danger = threats.report("maria", imminent);
    ProcessInstance threat = threats.report("maria", ThreatTestData.lhsReport());
    threats.screenAsThreat(threat);
    threats.assess(threat, ThreatTestData.answers("NO", "YES", "YES", "NO", "NO"));
    threats.acceptClassification(threat);
    ProcessInstance referral = runtime.startProcessInstanceByKey("studentReferral", ReferralTestData.lhsReferral());
    referrals.add(referral.getId());

    List<Notification> mails = new ArrayList<>();
    for (ProcessInstance pi : List.of(danger, threat, referral)) {
      mails.addAll(outbox.findByProcessInstanceIdOrderByIdAsc(pi.getId()));
    }
    assertThat(mails).extracting(Notification::getSubject).anyMatch(s -> s.startsWith("Respond now"))
        .anyMatch(s -> s.contains("threat at Lincoln High School"))
        .anyMatch(s -> s.startsWith("Referral to acknowledge"));
    for (Notification mail : mails) {
      deliver(mail);
    }

    List<String> secrets = new ArrayList<>();
    for (Map<String, Object> report : List.of(ThreatTestData.lhsReport(), ReferralTestData.lhsReferral())) {
      secrets.add((String) report.get("studentName"));
      secrets.add((String) report.get("districtStudentId"));
    }
    secrets.addAll(List.of("Casey", "C.J.L.", "J.A.D.", "Jordan", "Alex", "cafeteria", "Cafeteria", "dad's gun",
        "handgun", "Jamie", "anxiety", "panic attacks", "Morgan Doe", "(555) 010-2233"));
    for (Notification mail : mails) {
      assertThat(mail.getSubject()).as("subject of %s", mail.getId()).doesNotContain(secrets);
      assertThat(mail.getBody()).as("text of %s", mail.getId()).doesNotContain(secrets).contains("Dear ");
      if (mail.getLink() != null) {
        assertThat(mail.getBody()).contains(mail.getLink());
      }
    }
    assertThat(log.getAll()).contains("kept in the outbox").doesNotContain(secrets);
  }

  private void deliver(Notification mail) {
    delivery.deliver(mail.getId());
  }
}
