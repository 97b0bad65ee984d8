package com.sroworkflow.notification;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records a failed delivery attempt in its own transaction, so the outbox shows it after the job rolls back. */
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
}
