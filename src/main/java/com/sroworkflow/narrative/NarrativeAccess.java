package com.sroworkflow.narrative;

import com.sroworkflow.identity.ProcessAccess;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.identity.TaskFilterSpec;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who reads monthly narratives: the Detective Sergeant and the Chief. Nobody starts one by hand: the first of
 * the month opens each SRO's (its tasks go to the SRO and their sergeant by name). A narrative belongs to no
 * school tenant: it is a police record, never shown to school staff.
 */
@Configuration
class NarrativeAccess {

  @Bean
  ProcessAccess sroMonthlyNarrativeAccess() {
    return new ProcessAccess(NarrativeSteps.PROCESS, List.of(), List.of(Roles.SUPERVISOR, Roles.CHIEF));
  }

  @Bean
  TaskFilterSpec monthlyNarrativesFilter() {
    return new TaskFilterSpec("Monthly narratives", "Monthly narratives to write or to read", 0,
        List.of(Roles.SRO, Roles.SUPERVISOR),
        q -> q.processDefinitionKey(NarrativeSteps.PROCESS).taskAssigneeExpression("${currentUser()}"),
        List.of(new TaskFilterSpec.Column("caseTitle", "Narrative")));
  }
}
