package com.sroworkflow.notification;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records delivery attempts in transactions of their own: a failed one, so the outbox shows it after
 * the job rolls back, and a sent one, so no later run of the job sends it again.
 */
@Component
class DeliveryAttempts {

  private final NotificationRepository repository;

  DeliveryAttempts(NotificationRepository repository) {
    this.repository = repository;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void record(Long id, String error) {
    repository.findById(id).ifPresent(n -> n.attempted(error));
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void sent(Long id) {
    repository.findById(id).ifPresent(n -> n.delivered(Notification.Status.SENT));
  }
}
