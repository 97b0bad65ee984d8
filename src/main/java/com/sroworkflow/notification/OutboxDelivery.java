package com.sroworkflow.notification;

import com.sroworkflow.system.EngineClock;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox (issue 20: mail without a process instance per message). Every node polls for due pending
 * notifications ({@code sro.mail.poll-interval}, on where the job executor runs: {@code sro.mail.delivery-enabled}
 * follows {@code camunda.bpm.job-execution.enabled}) and claims each with one update in a transaction of its own
 * (NotificationRepository.claim): two nodes on one database never both hold one, and a claim of a node that dies
 * expires after the job executor's lock time, when another node takes the mail over. The moment the mail server
 * has taken the message (its answer to the end of the data: SmtpDelivery) the row is marked sent, in a
 * transaction of its own: only a node that dies in the milliseconds between that answer and that commit can make
 * a mail go out twice, and every attempt carries the same Message-ID so a resend is recognizable. A failed attempt
 * is tried again after a back-off: {@code sro.mail.retry-cycle} {@code R<n>/<interval>} gives n attempts in all,
 * the first retry one interval later and each next one twice as far; then the notification is FAILED, logged as an
 * error and shown in the outbox until an administrator retries it ({@code POST /api/notifications/{id}/retry}).
 * Without {@code spring.mail.host} the message is kept in the outbox (the log names its id only).
 */
@Component
public class OutboxDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);
  private static final Pattern CYCLE = Pattern.compile("R(\\d+)/(P.+)");
  private static final int BATCH = 20;

  private final NotificationRepository repository;
  private final DeliveryAttempts attempts;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final MailSettings settings;
  private final boolean enabled;
  private final Duration lockTime;
  private final String node;

  OutboxDelivery(NotificationRepository repository, DeliveryAttempts attempts,
      ObjectProvider<JavaMailSender> mailSender, MailSettings settings,
      @Value("${sro.mail.delivery-enabled:${camunda.bpm.job-execution.enabled:true}}") boolean enabled,
      @Value("${camunda.bpm.job-execution.lock-time-in-millis:300000}") long lockTimeMillis) {
    this.repository = repository;
    this.attempts = attempts;
    this.mailSender = mailSender;
    this.settings = settings;
    this.enabled = enabled;
    this.lockTime = Duration.ofMillis(lockTimeMillis);
    this.node = nodeName();
  }

  private static String nodeName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      host = "node";
    }
    String name = host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/"
        + UUID.randomUUID().toString().substring(0, 8);
    return name.length() > 64 ? name.substring(name.length() - 64) : name;
  }

  @Scheduled(fixedDelayString = "${sro.mail.poll-interval:PT2S}", initialDelayString = "${sro.mail.poll-interval:PT2S}")
  void poll() {
    if (enabled) {
      deliverDue();
    }
  }

  /** Delivers the due notifications this node can claim, in batches until none is left; returns how many it tried. */
  public int deliverDue() {
    int tried = 0;
    while (true) {
      List<Long> due = repository.due(EngineClock.now(), PageRequest.of(0, BATCH));
      int before = tried;
      for (Long id : due) {
        if (deliver(id)) {
          tried++;
        }
      }
      if (due.size() < BATCH || tried == before) {
        return tried;
      }
    }
  }

  /**
   * Delivers one notification if it is due and this node can claim it: false if it is not pending, not due, or
   * held by another node. A failed attempt is recorded and retried later; it does not throw.
   */
  public boolean deliver(Long id) {
    Instant now = EngineClock.now();
    if (repository.claim(id, node, now, now.plus(lockTime)) != 1) {
      return false;
    }
    Notification n = repository.findById(id).orElseThrow();
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null || n.getRecipientEmail() == null) {
      // Ids only: a mail's subject and text are never logged (issue 19: no student data in the log).
      LOG.info("Notification {} to {} kept in the outbox ({})", id, n.getRecipientUsername(),
          sender == null ? "no mail server configured" : "recipient has no mail address");
      attempts.kept(id);
      return true;
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
      LOG.info("Notification {} sent to {}", id, n.getRecipientUsername());
    } catch (MessagingException | RuntimeException e) {
      Instant next = nextAttempt(n.getAttempts() + 1, EngineClock.now());
      attempts.failed(id, e.getMessage(), next);
      if (next == null) {
        LOG.error("Notification {} to {} FAILED after {} attempts: the mail server did not take it ({}); an"
            + " administrator retries it with POST /api/notifications/{}/retry", id, n.getRecipientUsername(),
            n.getAttempts() + 1, e.getMessage(), id);
      } else {
        LOG.warn("Mail server did not take notification {}: {}; next attempt at {}", id, e.getMessage(), next);
      }
    }
    return true;
  }

  /** When attempt {@code made} + 1 is due after {@code made} failed ones, or null when the retry cycle has run out. */
  Instant nextAttempt(int made, Instant now) {
    Matcher cycle = CYCLE.matcher(settings.retryCycle());
    int allowed = 5;
    Duration interval = Duration.ofMinutes(5);
    if (cycle.matches()) {
      allowed = Integer.parseInt(cycle.group(1));
      interval = Duration.parse(cycle.group(2));
    }
    if (made >= allowed) {
      return null;
    }
    Duration wait = interval.multipliedBy(1L << Math.min(made - 1, 10));
    return now.plus(wait.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : wait);
  }
}
