package com.sroworkflow.incident;

import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.NameTaskForCase;
import com.sroworkflow.system.SubmittedValues;
import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of bpmn/school-incident.bpmn, each a small bean named for its job; the rules are in
 * {@link Incidents}, the threat link in {@link OpenThreatCase}.
 */
@Configuration
class IncidentSteps {

  /** Stores the report and leaves the case the ids, title and summary its tasks show. */
  @Bean
  JavaDelegate registerIncident(Incidents incidents) {
    return execution -> {
      Incident i = incidents.report(SubmittedValues.text(execution, "schoolCode"), execution.getProcessInstanceId(),
          SubmittedValues.date(execution, "incidentDate"), SubmittedValues.text(execution, "incidentLocation"),
          SubmittedValues.text(execution, "incidentDescription"), SubmittedValues.text(execution, "studentsInvolved"));
      CaseRecords.bind(execution, "incidentId", i.getId(), i.getSchoolCode());
      execution.setProcessBusinessKey(i.reference());
      String school = incidents.schoolName(i.getSchoolCode());
      execution.setVariable("caseTitle", "Incident " + i.reference() + " at " + school);
      execution.setVariable(NameTaskForCase.SUBJECT, "incident " + i.reference() + ", " + school);
      execution.setVariable("reportSummary", incidents.summary(i));
      // The report is on the incident record: the variables keep ids, the title and the summary only.
      execution.removeVariable("incidentDescription");
      execution.removeVariable("studentsInvolved");
    };
  }

  /** The principal's decision; a threat assessment is opened (and linked) when the principal asks for one. */
  @Bean
  TaskListener recordIncidentDecision(Incidents incidents, OpenThreatCase threats) {
    return task -> {
      Long id = CaseRecords.id(task, "incidentId");
      Incident i = incidents.decide(id, SubmittedValues.choice(task, "principalDecision",
          Incident.PrincipalDecision.class), SubmittedValues.text(task, "principalNote"));
      task.setVariable("referredToSro", i.getPrincipalDecision() == Incident.PrincipalDecision.REFER_TO_SRO);
      if (SubmittedValues.flag(task, "openThreatAssessment") && i.getThreatCaseId() == null) {
        incidents.linkThreatCase(id, threats.open(i));
      }
    };
  }

  /** The SRO's action; every action but "no police action" goes on to the police report, by this SRO. */
  @Bean
  TaskListener recordLawEnforcementAction(Incidents incidents) {
    return (DelegateTask task) -> {
      Incident i = incidents.act(CaseRecords.id(task, "incidentId"),
          SubmittedValues.choice(task, "lawEnforcementAction", Incident.LawEnforcementAction.class),
          SubmittedValues.text(task, "parentsNotifiedWho"), SubmittedValues.dateTime(task, "parentsNotifiedAt"),
          SubmittedValues.choice(task, "parentsNotifiedHow", Incident.NoticeMethod.class));
      task.setVariable("policeReportNeeded", i.getLawEnforcementAction() != Incident.LawEnforcementAction.NO_POLICE_ACTION);
      task.setVariable("decidingSro", i.getActionBy());
    };
  }

  /** The police report's process has returned: the incident notes that a report was filed, nothing of it. */
  @Bean
  JavaDelegate notePoliceReportFiled(Incidents incidents) {
    return execution -> incidents.policeReportFiled(CaseRecords.id(execution, "incidentId"));
  }

  /** Every end of the incident: closed, and kept as long as the case's history. */
  @Bean
  ExecutionListener closeIncident(Incidents incidents) {
    return (DelegateExecution execution) -> incidents.close(CaseRecords.id(execution, "incidentId"),
        keptFor(execution));
  }

  static Duration keptFor(DelegateExecution execution) {
    Integer days = execution.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(execution.getProcessDefinitionId()).getHistoryTimeToLive();
    return Duration.ofDays(days);
  }
}
