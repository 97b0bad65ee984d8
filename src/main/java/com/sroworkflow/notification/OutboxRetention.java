package com.sroworkflow.notification;

import com.sroworkflow.system.RecordRetention;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/**
 * Delivered notifications leave the outbox after {@code sro.mail.keep-for}: their text names students,
 * and the case keeps the facts. Undelivered ones stay until they are delivered.
 */
@Component
class OutboxRetention implements RecordRetention {

  private final NotificationRepository notifications;
  private final MailSettings settings;

  OutboxRetention(NotificationRepository notifications, MailSettings settings) {
    this.notifications = notifications;
    this.settings = settings;
  }

  @Override
  public String records() {
    return "delivered notifications";
  }

  @Override
  public int removeExpired(Instant now) {
    return notifications.deleteDeliveredBefore(now.atOffset(ZoneOffset.UTC).minus(settings.keepFor()).toInstant());
  }
}
