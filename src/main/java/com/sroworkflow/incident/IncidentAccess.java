package com.sroworkflow.incident;

import com.sroworkflow.identity.ProcessAccess;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.identity.TaskFilterSpec;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Anyone at the school reports an incident; the principals and SROs who decide on it read it, within their
 * school (the case's tenant). A reporting teacher does not follow it. The police report the SRO writes is the
 * police report's process, which only SROs read.
 */
@Configuration
class IncidentAccess {

  static final String PROCESS = "schoolIncident";

  @Bean
  ProcessAccess schoolIncidentAccess() {
    return new ProcessAccess(PROCESS,
        List.of(Roles.STAFF, Roles.MENTAL_HEALTH, Roles.THREAT_TEAM, Roles.PRINCIPAL, Roles.SRO),
        List.of(Roles.PRINCIPAL, Roles.SRO));
  }

  @Bean
  TaskFilterSpec incidentsFilter() {
    return new TaskFilterSpec("Incidents", "Incidents waiting for the principal's or the SRO's decision", 0,
        List.of(Roles.PRINCIPAL, Roles.SRO),
        q -> q.processDefinitionKey(PROCESS).taskCandidateGroupIn(List.of(Roles.PRINCIPAL, Roles.SRO))
            .includeAssignedTasks(),
        List.of(new TaskFilterSpec.Column("caseTitle", "Incident")));
  }
}
