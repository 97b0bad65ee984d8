package com.sroworkflow.selection;

import com.sroworkflow.identity.ProcessAccess;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.identity.TaskFilterSpec;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who takes part in selection: HR opens vacancies; officers apply and supervisors nominate; HR and the
 * Chief follow every application. Supervisors, board members and applicants work the tasks assigned
 * to them by name and need no more. No school role sees selection.
 */
@Configuration
class SelectionAccess {

  @Bean
  ProcessAccess vacancyAccess() {
    return new ProcessAccess("sroVacancy", List.of(Roles.HR), List.of(Roles.HR, Roles.CHIEF));
  }

  @Bean
  ProcessAccess applicationAccess() {
    return new ProcessAccess("sroSelection", List.of(Roles.OFFICER, Roles.SUPERVISOR), List.of(Roles.HR, Roles.CHIEF));
  }

  /** An applicant withdraws from the start form of this small process; HR and the Chief read it. */
  @Bean
  ProcessAccess withdrawalAccess() {
    return new ProcessAccess("sroWithdrawal", List.of(Roles.OFFICER), List.of(Roles.HR, Roles.CHIEF));
  }

  @Bean
  TaskFilterSpec hrSelectionFilter() {
    return new TaskFilterSpec("HR: SRO selection", "Applications and vacancies waiting for HR", 0, List.of(Roles.HR),
        q -> q.taskCandidateGroup(Roles.HR).includeAssignedTasks(),
        List.of(new TaskFilterSpec.Column("caseTitle", "Case")));
  }

  @Bean
  TaskFilterSpec supervisorFilter() {
    return new TaskFilterSpec("Supervisor: recommendations and training", "Officers you supervise waiting for"
        + " your written recommendation or an overdue training follow-up", 0, List.of(Roles.SUPERVISOR),
        q -> q.taskAssigneeExpression("${currentUser()}").taskDefinitionKeyIn("WriteRecommendation", "FollowUpTraining"),
        List.of(new TaskFilterSpec.Column("caseTitle", "Case")));
  }

  @Bean
  TaskFilterSpec boardFilter() {
    return new TaskFilterSpec("Interview board: applicants to score", "SRO applicants waiting for your scores", 0,
        List.of(Roles.INTERVIEW_BOARD),
        q -> q.taskAssigneeExpression("${currentUser()}").taskDefinitionKey("ScoreApplicant"),
        List.of(new TaskFilterSpec.Column("caseTitle", "Case")));
  }

  @Bean
  TaskFilterSpec applicantFilter() {
    return new TaskFilterSpec("My SRO application", "Your SRO application: confirm, training", 0,
        List.of(Roles.OFFICER, Roles.SRO),
        q -> q.taskAssigneeExpression("${currentUser()}").processDefinitionKey("sroSelection"),
        List.of(new TaskFilterSpec.Column("caseTitle", "Case")));
  }

  @Bean
  TaskFilterSpec chiefAppointmentsFilter() {
    return new TaskFilterSpec("Chief: SRO appointments", "Vacancies waiting for the Chief's appointment", 0,
        List.of(Roles.CHIEF), q -> q.taskCandidateGroup(Roles.CHIEF).includeAssignedTasks(),
        List.of(new TaskFilterSpec.Column("caseTitle", "Case")));
  }
}
