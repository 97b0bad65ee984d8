package com.sroworkflow.notification;

import com.sroworkflow.identity.People;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes notifications. Each one is stored in the caller's transaction, one outbox row: if the step
 * that caused it rolls back, no mail goes out; if it commits, {@link OutboxDelivery} delivers it and
 * retries until the mail server takes it (no process instance per mail: issue 20).
 */
@Service
public class Notifications {

  private final NotificationRepository repository;
  private final People people;
  private final MailLinks links;
  private final MessageSource messages;
  private final ITemplateEngine templates;

  public Notifications(NotificationRepository repository, People people, MailLinks links, MessageSource messages,
      ITemplateEngine templates) {
    this.repository = repository;
    this.people = people;
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
    People.Contact contact = people.contact(recipient); // name and address in one look-up
    Context mail = new Context(Locale.US);
    mail.setVariable("name", contact.displayName());
    mail.setVariable("text", messages.getMessage("mail." + message + ".body", args, Locale.US));
    mail.setVariable("link", link);
    mail.setVariable("linkLabel", linkLabel);
    String body = templates.process("mail/notification", mail).strip();
    return repository.save(new Notification(recipient, contact.email(), subject, body, link, caseRef,
        processInstanceId));
  }

  /** Stores one mail as written, due for delivery once the caller's transaction commits. */
  Notification write(String recipient, String subject, String body, String link, String caseRef,
      String processInstanceId) {
    return repository.save(new Notification(recipient, people.email(recipient).orElse(null),
        subject, body, link, caseRef, processInstanceId));
  }
}
