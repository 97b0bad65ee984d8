package com.sroworkflow.emergency;

import com.sroworkflow.identity.ProcessAccess;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.identity.TaskFilterSpec;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Plan reviews and drills are opened by the morning check, never by hand; the school's principals, SROs and
 * district designees read them (the school's tenant limits them to their schools).
 */
@Configuration
class EmergencyAccess {

  @Bean
  ProcessAccess emergencyPlanReviewAccess() {
    return new ProcessAccess(EmergencyPlanning.REVIEW, List.of(),
        List.of(Roles.PRINCIPAL, Roles.SRO, Roles.DISTRICT_ADMIN));
  }

  /**
   * The morning check of the SRO's year (bpmn/school-year.bpmn: emergency planning, weekly meetings, MOUs) runs
   * on its own timer; no one starts it and only administrators see it.
   */
  @Bean
  ProcessAccess schoolYearAccess() {
    return new ProcessAccess("schoolYear", List.of(), List.of());
  }

  @Bean
  ProcessAccess emergencyDrillAccess() {
    return new ProcessAccess(EmergencyPlanning.DRILL, List.of(),
        List.of(Roles.PRINCIPAL, Roles.SRO, Roles.DISTRICT_ADMIN));
  }

  @Bean
  TaskFilterSpec emergencyFilter() {
    return new TaskFilterSpec("Emergency planning", "The emergency plan review and this term's drills", 0,
        List.of(Roles.PRINCIPAL, Roles.SRO, Roles.DISTRICT_ADMIN),
        q -> q.processDefinitionKeyIn(EmergencyPlanning.REVIEW, EmergencyPlanning.DRILL),
        List.of(new TaskFilterSpec.Column("schoolName", "School")));
  }
}
