package com.sroworkflow.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Sends one message over SMTP and runs {@code accepted} the moment the mail server has answered that
 * it took the message (its reply to the end of the data), before the connection is closed: the
 * outbox records the mail as sent at the earliest moment it can know, which keeps the time in which
 * a node dying would leave a sent mail looking unsent as short as it can be.
 */
final class SmtpDelivery {

  private SmtpDelivery() {}

  static void send(JavaMailSender sender, MimeMessage message, Runnable accepted) throws MessagingException {
    if (!(sender instanceof JavaMailSenderImpl smtp)) {
      sender.send(message);
      accepted.run();
      return;
    }
    String protocol = smtp.getProtocol() == null ? "smtp" : smtp.getProtocol();
    Session session = smtp.getSession();
    AcceptanceAwareTransport transport = new AcceptanceAwareTransport(session, new URLName(protocol, smtp.getHost(),
        smtp.getPort(), null, smtp.getUsername(), smtp.getPassword()), protocol, accepted);
    // As JavaMailSenderImpl does: saveChanges() would replace the Message-ID every attempt must keep.
    String messageId = message.getMessageID();
    if (message.getSentDate() == null) {
      message.setSentDate(new java.util.Date());
    }
    message.saveChanges();
    if (messageId != null) {
      message.setHeader("Message-ID", messageId);
    }
    transport.connect(smtp.getHost(), smtp.getPort(), smtp.getUsername(), smtp.getPassword());
    try {
      transport.sendMessage(message, message.getAllRecipients());
    } finally {
      try {
        transport.close();
      } catch (MessagingException closing) {
        // The server has the message already (or refused it, which sendMessage reported).
      }
    }
  }

  private static final class AcceptanceAwareTransport extends SMTPTransport {

    private final Runnable accepted;

    AcceptanceAwareTransport(Session session, URLName url, String protocol, Runnable accepted) {
      super(session, url, protocol, "smtps".equals(protocol));
      this.accepted = accepted;
    }

    @Override
    protected void finishData() throws IOException, MessagingException {
      super.finishData();
      accepted.run();
    }
  }
}
