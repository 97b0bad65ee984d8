package com.sroworkflow.notification;

import com.sroworkflow.identity.ProcessAccess;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class NotificationAccess {

  /** Deliveries carry only a notification id; only administrators look at them, in Cockpit. */
  @Bean
  ProcessAccess notificationDeliveryAccess() {
    return new ProcessAccess(Notifications.DELIVERY_PROCESS, List.of(), List.of());
  }
}
