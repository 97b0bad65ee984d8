package com.sroworkflow.notification;

import com.sroworkflow.identity.People;
import com.sroworkflow.system.CaseRecords;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notifications. Each one is stored and its delivery started in the caller's transaction: if
 * the step that caused it rolls back, no mail goes out; if it commits, the mail is delivered by a
 * job that retries until the mail server takes it.
 */
@Service
public class Notifications {

  public static final String DELIVERY_PROCESS = "notificationDelivery";

  private final NotificationRepository repository;
  private final RuntimeService runtime;
  private final People people;
  private final MailSettings settings;
  private final CaseRecords caseRecords;

  public Notifications(NotificationRepository repository, RuntimeService runtime, People people,
      MailSettings settings, CaseRecords caseRecords) {
    this.repository = repository;
    this.runtime = runtime;
    this.people = people;
    this.settings = settings;
    this.caseRecords = caseRecords;
  }

  /**
   * @param caseRef           a short reference to the case, shown in the outbox (no student names)
   * @param processInstanceId the case the notification belongs to, or null
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Notification send(String recipient, String subject, String body, String link, String caseRef,
      String processInstanceId) {
    Notification n = repository.save(new Notification(recipient, people.email(recipient).orElse(null),
        subject, body, link, caseRef, processInstanceId));
    ProcessInstance delivery = runtime.startProcessInstanceByKey(DELIVERY_PROCESS, "notification-" + n.getId(),
        Map.of("notificationId", n.getId()));
    caseRecords.bind(delivery, "notificationId", n.getId());
    return n;
  }

  /** The retry cycle of a failed delivery, read by the model's failedJobRetryTimeCycle. */
  public String retryCycle() {
    return settings.retryCycle();
  }

  public String taskLink(String taskId) {
    return settings.taskLink(taskId);
  }

  public String greeting(String username) {
    return "Dear " + people.displayName(username) + ",";
  }
}
