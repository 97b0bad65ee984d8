package com.sroworkflow.notification;

import com.sroworkflow.identity.People;
import com.sroworkflow.system.CaseRecords;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

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
  private final MailLinks links;
  private final MessageSource messages;
  private final ITemplateEngine templates;

  public Notifications(NotificationRepository repository, RuntimeService runtime, People people,
      MailSettings settings, CaseRecords caseRecords, MailLinks links, MessageSource messages,
      ITemplateEngine templates) {
    this.repository = repository;
    this.runtime = runtime;
    this.people = people;
    this.settings = settings;
    this.caseRecords = caseRecords;
    this.links = links;
    this.messages = messages;
    this.templates = templates;
  }

  /**
   * Writes the mail {@code message} to {@code recipient}: its subject and text are {@code mail.<message>.subject}
   * and {@code mail.<message>.body} of messages.properties with {@code args}, laid out by the template
   * mail/notification.txt (greeting, text, link to the task). Mails say what to do and link to the task: no
   * student's name or id and no words of a report go into {@code args}.
   *
   * @param taskId            the task the mail asks to open, or null
   * @param caseRef           a short reference to the case, shown in the outbox (no student names)
   * @param processInstanceId the case the notification belongs to, or null
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Notification send(String recipient, String message, String taskId, String caseRef, String processInstanceId,
      Object... args) {
    return sendLinking(recipient, message, taskId == null ? null : links.task(taskId), "mail.open-task", caseRef,
        processInstanceId, args);
  }

  /** As {@link #send}, linking a page of the application (a path such as {@code /cases/{id}}) instead of a task. */
  public Notification sendWithPage(String recipient, String message, String pagePath, String caseRef,
      String processInstanceId, Object... args) {
    return sendLinking(recipient, message, pagePath == null ? null : links.page(pagePath), "mail.open-page", caseRef,
        processInstanceId, args);
  }

  private Notification sendLinking(String recipient, String message, String link, String linkLabel, String caseRef,
      String processInstanceId, Object... args) {
    String subject = messages.getMessage("mail." + message + ".subject", args, Locale.US);
    Context mail = new Context(Locale.US);
    mail.setVariable("name", people.displayName(recipient));
    mail.setVariable("text", messages.getMessage("mail." + message + ".body", args, Locale.US));
    mail.setVariable("link", link);
    mail.setVariable("linkLabel", linkLabel);
    String body = templates.process("mail/notification", mail).strip();
    return write(recipient, subject, body, link, caseRef, processInstanceId);
  }

  /** Stores one mail as written and starts its delivery. */
  Notification write(String recipient, String subject, String body, String link, String caseRef,
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
}
