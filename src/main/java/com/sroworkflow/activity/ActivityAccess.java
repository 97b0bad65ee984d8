package com.sroworkflow.activity;

import com.sroworkflow.identity.ProcessAccess;
import com.sroworkflow.identity.Roles;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who logs and reads activities: SROs. An entry belongs to the school's tenant. */
@Configuration
class ActivityAccess {

  static final String ACTIVITY = "sroActivity";

  @Bean
  ProcessAccess sroActivityAccess() {
    return new ProcessAccess(ACTIVITY, List.of(Roles.SRO), List.of(Roles.SRO));
  }
}
