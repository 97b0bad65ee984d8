package com.sroworkflow.training;

import com.sroworkflow.identity.ProcessAccess;
import com.sroworkflow.identity.Roles;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A refresher is started by a refused assignment, never by hand; the Chief and supervisors read them. */
@Configuration
class TrainingAccess {

  @Bean
  ProcessAccess refresherTrainingAccess() {
    return new ProcessAccess(RefresherTraining.PROCESS, List.of(), List.of(Roles.CHIEF, Roles.SUPERVISOR));
  }
}
