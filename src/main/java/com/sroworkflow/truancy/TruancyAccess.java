package com.sroworkflow.truancy;

import com.sroworkflow.identity.ProcessAccess;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.identity.TaskFilterSpec;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who opens and reads truancy cases: the school's attendance officers and principals open them; they and
 * the school's SROs read them. A case belongs to the school's tenant, so only the school's people see it.
 */
@Configuration
class TruancyAccess {

  static final String TRUANCY = "truancyCase";

  @Bean
  ProcessAccess truancyCaseAccess() {
    return new ProcessAccess(TRUANCY, List.of(Roles.ATTENDANCE, Roles.PRINCIPAL),
        List.of(Roles.ATTENDANCE, Roles.PRINCIPAL, Roles.SRO));
  }

  /** The school's truancy work, for the attendance officer, the principal and the SRO alike. */
  @Bean
  TaskFilterSpec truancyCasesFilter() {
    return new TaskFilterSpec("Truancy cases", "Truancy cases of my school waiting for me or my role", 0,
        List.of(Roles.ATTENDANCE, Roles.PRINCIPAL, Roles.SRO), q -> q.processDefinitionKey(TRUANCY),
        List.of(new TaskFilterSpec.Column("caseTitle", "Case")));
  }
}
