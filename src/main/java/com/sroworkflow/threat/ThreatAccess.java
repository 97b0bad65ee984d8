package com.sroworkflow.threat;

import com.sroworkflow.identity.ProcessAccess;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.identity.TaskFilterSpec;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who reports threats and who works and reads the cases, and the Tasklist filters of the people who
 * work them. Each case belongs to its school's tenant, so all of this applies within the schools a
 * person acts for: the LHS team works LHS cases and never sees another school's.
 */
@Configuration
class ThreatAccess {

  static final String CASE_PROCESS = "threatAssessment";
  /** The case calls it (policereport); its SRO tasks are in the SRO's filter below. */
  static final String POLICE_REPORT_PROCESS = "policeReport";
  static final String REVIEW_PROCESS = "threatCaseReview";

  private static final List<TaskFilterSpec.Column> COLUMNS = List.of(
      new TaskFilterSpec.Column("caseTitle", "Case"),
      new TaskFilterSpec.Column("levelOfConcern", "Level of concern"));

  /**
   * Any school staff member reports (issue 15: anyone can report; students, parents and the public
   * through the tip page, which starts the case itself). The people who work cases read them: the
   * threat team, principals, SROs and the mental-health staff who screen for self-harm. A reporting
   * teacher does not follow the case: it is about a minor, and only the people working it see it. The district
   * designee of the schools reads them too (issue 17: told of every threat of violence at once, signs off a lowered
   * classification, oversees the schools side by side), read only: each time they open a case file it is logged in
   * the case's audit trail (casefile.CaseFiles). Police reports stay police-only (their own process's readers).
   */
  @Bean
  ProcessAccess threatAssessmentAccess() {
    List<String> reporters = List.of(Roles.THREAT_TEAM, Roles.PRINCIPAL, Roles.SRO, Roles.STAFF, Roles.MENTAL_HEALTH);
    List<String> readers = List.of(Roles.THREAT_TEAM, Roles.PRINCIPAL, Roles.SRO, Roles.MENTAL_HEALTH,
        Roles.DISTRICT_ADMIN);
    return new ProcessAccess(CASE_PROCESS, reporters, readers);
  }

  @Bean
  ProcessAccess threatCaseReviewAccess() {
    List<String> team = List.of(Roles.THREAT_TEAM, Roles.PRINCIPAL);
    return new ProcessAccess(REVIEW_PROCESS, team, team);
  }

  @Bean
  TaskFilterSpec threatCasesFilter() {
    return new TaskFilterSpec("Threat cases", "Threat assessment work of my school's team", 0,
        List.of(Roles.THREAT_TEAM, Roles.PRINCIPAL, Roles.DISTRICT_ADMIN),
        q -> q.processDefinitionKeyIn(CASE_PROCESS, REVIEW_PROCESS)
            .taskCandidateGroupIn(List.of(Roles.THREAT_TEAM, Roles.PRINCIPAL, Roles.DISTRICT_ADMIN))
            .includeAssignedTasks(),
        COLUMNS);
  }

  /** The school's mental-health staff: suicide and self-harm risk screenings, due the same school day. */
  @Bean
  TaskFilterSpec selfHarmScreeningsFilter() {
    return new TaskFilterSpec("Self-harm screenings", "Students to screen for suicide and self-harm risk today", 0,
        List.of(Roles.MENTAL_HEALTH),
        q -> q.processDefinitionKey(CASE_PROCESS).taskCandidateGroup(Roles.MENTAL_HEALTH).includeAssignedTasks(),
        COLUMNS);
  }

  /** School staff: the safety-plan actions the team gave them (a plan action is assigned to its owner). */
  @Bean
  TaskFilterSpec myPlanActionsFilter() {
    return new TaskFilterSpec("My safety-plan actions", "Safety-plan actions the threat team gave me", 0,
        List.of(Roles.STAFF),
        q -> q.processDefinitionKey(CASE_PROCESS).taskAssigneeExpression("${currentUser()}"),
        COLUMNS);
  }

  @Bean
  TaskFilterSpec lawEnforcementActionsFilter() {
    return new TaskFilterSpec("Law-enforcement actions", "Threat cases waiting for the SRO", 0, List.of(Roles.SRO),
        q -> q.processDefinitionKeyIn(CASE_PROCESS, POLICE_REPORT_PROCESS).taskCandidateGroup(Roles.SRO)
            .includeAssignedTasks(),
        COLUMNS);
  }
}
