package com.sroworkflow.truancy;

import com.sroworkflow.identity.ProcessAccess;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.identity.TaskFilterSpec;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who opens and reads truancy cases: the school's attendance officers and principals open them; they and
 * the school's SROs read them; the SRO's part of each, only the SROs and their Detective Sergeant. A case belongs to
 * the school's tenant, so only the school's people see it.
 */
@Configuration
class TruancyAccess {

  static final String TRUANCY = "truancyCase";
  /** The SRO's part of a case (home visit, hearing): a police record, called by the case. */
  static final String SRO_PART = "truancySroPart";

  @Bean
  ProcessAccess truancyCaseAccess() {
    return new ProcessAccess(TRUANCY, List.of(Roles.ATTENDANCE, Roles.PRINCIPAL),
        List.of(Roles.ATTENDANCE, Roles.PRINCIPAL, Roles.SRO));
  }

  /**
   * The SRO's part of a case is a police record (FERPA), as the police report is: only the police roles read that
   * process, its variables and history (within the school's tenant): the SROs, who work it, and the Detective
   * Sergeant who supervises them (seed 004: SROs report to the Detective Sergeant), who reads it and is offered no
   * task of it. The school's attendance officers and principals, who read the case, do not, whether through
   * Tasklist, Cockpit, the engine's REST API or the case file; nor does the sergeant read the school's part. Nobody
   * starts it but the case.
   */
  @Bean
  ProcessAccess truancySroPartAccess() {
    return new ProcessAccess(SRO_PART, List.of(), List.of(Roles.SRO, Roles.SUPERVISOR));
  }

  /** The school's truancy work, for the attendance officer, the principal and the SRO alike. */
  @Bean
  TaskFilterSpec truancyCasesFilter() {
    return new TaskFilterSpec("Truancy cases", "Truancy cases of my school waiting for me or my role", 0,
        List.of(Roles.ATTENDANCE, Roles.PRINCIPAL, Roles.SRO), q -> q.processDefinitionKeyIn(TRUANCY, SRO_PART),
        List.of(new TaskFilterSpec.Column("caseTitle", "Case")));
  }
}
