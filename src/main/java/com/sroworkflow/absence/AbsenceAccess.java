package com.sroworkflow.absence;

import com.sroworkflow.identity.ProcessAccess;
import com.sroworkflow.identity.Roles;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who enters and reads absences: an SRO enters their own, the Detective Sergeant enters one for their SRO
 * and names the cover. An absence belongs to no school tenant; its one task goes to the sergeant by name.
 */
@Configuration
class AbsenceAccess {

  static final String ABSENCE = "sroAbsence";
  static final String CANCEL_PROCESS = "sroAbsenceCancel";

  @Bean
  ProcessAccess sroAbsenceAccess() {
    return new ProcessAccess(ABSENCE, List.of(Roles.SRO, Roles.SUPERVISOR), List.of(Roles.SUPERVISOR, Roles.CHIEF));
  }

  /** The SRO cancels their own absence, the sergeant one of their SROs' (the start form offers only those). */
  @Bean
  ProcessAccess sroAbsenceCancelAccess() {
    return new ProcessAccess(CANCEL_PROCESS, List.of(Roles.SRO, Roles.SUPERVISOR),
        List.of(Roles.SUPERVISOR, Roles.CHIEF));
  }
}
