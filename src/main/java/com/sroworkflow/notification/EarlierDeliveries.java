package com.sroworkflow.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The send step of the {@code notificationDelivery} instances a database may still run from before issue 20
 * (one process instance per mail, no longer deployed): their notification is an outbox row that
 * {@link OutboxDelivery} delivers like any other, so the step only lets the instance end.
 */
@Component("deliverNotification")
class EarlierDeliveries implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    // OutboxDelivery sends the notification; nothing to do here.
  }
}
