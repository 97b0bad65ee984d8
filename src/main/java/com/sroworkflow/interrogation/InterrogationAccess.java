package com.sroworkflow.interrogation;

import com.sroworkflow.identity.ProcessAccess;
import com.sroworkflow.identity.Roles;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A formal interrogation is the SRO's law-enforcement record (FERPA): SROs start and read it, within their
 * schools; its tasks go to the SRO who opened it, so they are in the SRO's "My tasks".
 */
@Configuration
class InterrogationAccess {

  static final String PROCESS = "studentInterrogation";

  @Bean
  ProcessAccess studentInterrogationAccess() {
    return new ProcessAccess(PROCESS, List.of(Roles.SRO), List.of(Roles.SRO));
  }
}
