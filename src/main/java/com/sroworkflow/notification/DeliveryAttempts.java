package com.sroworkflow.notification;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the outcome of a delivery attempt in a transaction of its own, which also releases the node's claim:
 * sent (at the moment the mail server took it, so no later attempt sends it again), kept in the outbox, or failed
 * with the time of the next attempt (none: FAILED, shown in the outbox until an administrator retries it).
 */
@Component
class DeliveryAttempts {

  private final NotificationRepository repository;

  DeliveryAttempts(NotificationRepository repository) {
    this.repository = repository;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void failed(Long id, String error, Instant next) {
    repository.findById(id).filter(n -> n.getStatus() == Notification.Status.PENDING)
        .ifPresent(n -> n.attempted(error, next));
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void sent(Long id) {
    repository.findById(id).ifPresent(n -> n.delivered(Notification.Status.SENT));
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void kept(Long id) {
    repository.findById(id).ifPresent(n -> n.delivered(Notification.Status.LOGGED));
  }

  /** An administrator's retry of a FAILED notification; false if there is none with that id in that state. */
  @Transactional
  public boolean retry(Long id) {
    return repository.findById(id).filter(n -> n.getStatus() == Notification.Status.FAILED).map(n -> {
      n.retry();
      return true;
    }).orElse(false);
  }
}
