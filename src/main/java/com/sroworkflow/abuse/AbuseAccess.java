package com.sroworkflow.abuse;

import com.sroworkflow.identity.ProcessAccess;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.identity.TaskFilterSpec;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Whoever at the school suspects abuse or neglect reports it; of the process as a whole only SROs (the police
 * roles) read the school's reports. The reporter and the principal (or the district designee) read the one
 * case they are part of through {@link AbuseCompartment}. The reporter's own hotline task is assigned to them
 * and is in their "My tasks".
 */
@Configuration
class AbuseAccess {

  static final String PROCESS = "childAbuseReport";

  @Bean
  ProcessAccess childAbuseReportAccess() {
    return new ProcessAccess(PROCESS,
        List.of(Roles.STAFF, Roles.MENTAL_HEALTH, Roles.THREAT_TEAM, Roles.PRINCIPAL, Roles.SRO, Roles.DISTRICT_ADMIN),
        List.of(Roles.SRO));
  }

  @Bean
  TaskFilterSpec abuseReportsFilter() {
    return new TaskFilterSpec("Child abuse reports", "Suspected child abuse or neglect: confidential", 0,
        List.of(Roles.SRO, Roles.PRINCIPAL, Roles.DISTRICT_ADMIN),
        q -> q.processDefinitionKey(PROCESS)
            .taskCandidateGroupIn(List.of(Roles.SRO, Roles.PRINCIPAL, Roles.DISTRICT_ADMIN)).includeAssignedTasks(),
        List.of(new TaskFilterSpec.Column("caseTitle", "Report")));
  }
}
