package com.sroworkflow.notification;

import com.sroworkflow.system.CaseRecords;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one notification. Runs as an asynchronous, retried job: an unreachable mail server fails the
 * job, the engine retries it on the configured cycle and raises an incident in Cockpit when the
 * retries run out. The moment the mail server has taken the message (its answer to the end of the
 * data, before the connection closes: SmtpDelivery), the outbox row is marked sent in a transaction
 * of its own: a job that runs again (its node died before the job's transaction
 * committed, or another node took it over after the lock expired) finds it sent and does nothing.
 * Only a node that dies in the milliseconds between the mail server's answer and that commit can
 * make the mail go out twice, and every attempt carries the same Message-ID so a resend is
 * recognizable. Without {@code spring.mail.host} the message is kept in the outbox (the log names its id
 * only).
 */
@Component("deliverNotification")
class DeliverNotification implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(DeliverNotification.class);

  private final NotificationRepository repository;
  private final DeliveryAttempts attempts;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final MailSettings settings;

  DeliverNotification(NotificationRepository repository, DeliveryAttempts attempts,
      ObjectProvider<JavaMailSender> mailSender, MailSettings settings) {
    this.repository = repository;
    this.attempts = attempts;
    this.mailSender = mailSender;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long id = CaseRecords.id(execution, "notificationId");
    Notification n = repository.findById(id)
        .orElseThrow(() -> new IllegalStateException("notification " + id + " does not exist"));
    if (n.getStatus() != Notification.Status.PENDING) {
      return;
    }
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null || n.getRecipientEmail() == null) {
      // Ids only: a mail's subject and text are never logged (issue 19: no student data in the log).
      LOG.info("Notification {} to {} kept in the outbox ({})", id, n.getRecipientUsername(),
          sender == null ? "no mail server configured" : "recipient has no mail address");
      n.delivered(Notification.Status.LOGGED);
      return;
    }
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper mail = new MimeMessageHelper(message, "UTF-8");
      mail.setFrom(settings.from());
      mail.setTo(n.getRecipientEmail());
      mail.setSubject(n.getSubject());
      mail.setText(n.getBody());
      message.setHeader("Message-ID", n.messageId());
      SmtpDelivery.send(sender, message, () -> attempts.sent(id));
    } catch (MailException | MessagingException e) {
      attempts.record(id, e.getMessage());
      throw new IllegalStateException("Mail server did not take notification " + id + ": " + e.getMessage(), e);
    }
    n.delivered(Notification.Status.SENT);
    LOG.info("Notification {} sent to {}", id, n.getRecipientUsername());
  }
}
