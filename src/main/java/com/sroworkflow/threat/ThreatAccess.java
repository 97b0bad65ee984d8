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
  static final String POLICE_REPORT_PROCESS = "policeReport";
  static final String REVIEW_PROCESS = "threatCaseReview";
  static final String DISCLOSURE_PROCESS = "policeReportDisclosure";

  private static final List<TaskFilterSpec.Column> COLUMNS = List.of(
      new TaskFilterSpec.Column("caseTitle", "Case"),
      new TaskFilterSpec.Column("levelOfConcern", "Level of concern"));

  /** School staff report: the threat team, principals and SROs of the school. */
  @Bean
  ProcessAccess threatAssessmentAccess() {
    List<String> staff = List.of(Roles.THREAT_TEAM, Roles.PRINCIPAL, Roles.SRO);
    return new ProcessAccess(CASE_PROCESS, staff, staff);
  }

  /**
   * A police report is the SRO's law-enforcement record (FERPA): only SROs read it. It is started by
   * the case, never on its own, and the team's case shows only that a report was filed.
   */
  @Bean
  ProcessAccess policeReportAccess() {
    return new ProcessAccess(POLICE_REPORT_PROCESS, List.of(), List.of(Roles.SRO));
  }

  /** An SRO of the school discloses a police report; only SROs follow the disclosures. */
  @Bean
  ProcessAccess policeReportDisclosureAccess() {
    return new ProcessAccess(DISCLOSURE_PROCESS, List.of(Roles.SRO), List.of(Roles.SRO));
  }

  @Bean
  ProcessAccess threatCaseReviewAccess() {
    List<String> team = List.of(Roles.THREAT_TEAM, Roles.PRINCIPAL);
    return new ProcessAccess(REVIEW_PROCESS, team, team);
  }

  @Bean
  TaskFilterSpec threatCasesFilter() {
    return new TaskFilterSpec("Threat cases", "Threat assessment work of my school's team", 0,
        List.of(Roles.THREAT_TEAM, Roles.PRINCIPAL),
        q -> q.processDefinitionKeyIn(CASE_PROCESS, REVIEW_PROCESS)
            .taskCandidateGroupIn(List.of(Roles.THREAT_TEAM, Roles.PRINCIPAL)).includeAssignedTasks(),
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
