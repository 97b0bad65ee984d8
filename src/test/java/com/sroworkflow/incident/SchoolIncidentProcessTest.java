package com.sroworkflow.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.sroworkflow.IntegrationTest;
import com.sroworkflow.notification.NotificationRepository;
import com.sroworkflow.policereport.PoliceReportRepository;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.system.InvalidInputException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An incident (bpmn/school-incident.bpmn), every path: the principal keeps it for school discipline or closes
 * it, or refers it to the SRO, who takes no police action or acts and files the police report (the existing
 * police report process); a threat assessment opened from it is linked. The SRO never gets a discipline task.
 */
@IntegrationTest
class SchoolIncidentProcessTest {

  @Autowired SroYearScenario scenario;
  @Autowired IncidentRepository incidents;
  @Autowired PoliceReportRepository policeReports;
  @Autowired NotificationRepository notifications;
  @Autowired HistoryService history;
  @Autowired SchoolCalendar calendar;

  @BeforeEach
  void reset() {
    scenario.reset();
  }

  @AfterEach
  void cleanUp() {
    scenario.reset();
  }

  private ProcessInstance tinaReports() {
    return scenario.start("tina", "schoolIncident", Map.of("schoolCode", "LHS",
        "incidentDate", calendar.today().toString(), "incidentLocation", "Gym locker room",
        "incidentDescription", "A phone was taken from a locker; a student was seen leaving with it.",
        "studentsInvolved", "Jordan Miller"));
  }

  private Incident incident(ProcessInstance pi) {
    return incidents.findByProcessInstanceId(pi.getId()).orElseThrow();
  }

  @Test
  void tinaReportsAndPaulaKeepsItForSchoolDisciplineWithoutAnySroTask() {
    long mails = notifications.count();
    ProcessInstance pi = tinaReports();
    assertThat(pi).isWaitingAt("DecideIncident");
    Task decide = scenario.task(pi, "DecideIncident");
    assertThat(decide.getTenantId()).isEqualTo("LHS");
    assertThat(decide.getName()).endsWith(": incident " + incident(pi).reference() + ", Lincoln High School");
    assertThat(scenario.tasks.getIdentityLinksForTask(decide.getId())).extracting(IdentityLink::getGroupId)
        .contains("principal");
    assertThat(notifications.count() - mails).as("paula is mailed a link").isEqualTo(1);
    assertThat(scenario.runtime.getVariable(pi.getId(), "incidentDescription")).as("kept on the record only").isNull();
    assertThatThrownBy(() -> scenario.complete("paula", decide, Map.of("principalDecision", "SCHOOL_DISCIPLINE")))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("principalNote"));
    assertThat(pi).isWaitingAt("DecideIncident");
    scenario.complete("paula", decide, Map.of("principalDecision", "SCHOOL_DISCIPLINE",
        "principalNote", "Two days of in-school suspension; the phone was returned."));
    assertThat(pi).hasPassed("LeftToSchool").isEnded();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("DecideLawEnforcementAction").count()).as("the SRO is not a disciplinarian").isZero();
    Incident i = incident(pi);
    assertThat(i.getPrincipalDecision()).isEqualTo(Incident.PrincipalDecision.SCHOOL_DISCIPLINE);
    assertThat(i.getDecidedBy()).isEqualTo("paula");
    assertThat(i.getReportedBy()).isEqualTo("tina");
    assertThat(i.outcome()).isEqualTo("SCHOOL_DISCIPLINE");
    assertThat(i.getClosedAt()).isNotNull();
    assertThat(i.getRemoveAfter()).isAfter(i.getClosedAt().plusSeconds(1824L * 86400));
  }


  @Test
  void theReportsCountIncidentsByOutcomeAtTheirSchool() {
    long incidents = scenario.count(null, "LHS", "incident");
    long discipline = scenario.count(null, "LHS", "incident.school_discipline");
    long atWms = scenario.count(null, "WMS", "incident");
    ProcessInstance pi = tinaReports();
    scenario.complete("paula", scenario.task(pi, "DecideIncident"), Map.of("principalDecision", "SCHOOL_DISCIPLINE",
        "principalNote", "Detention."));
    assertThat(scenario.count(null, "LHS", "incident")).isEqualTo(incidents + 1);
    assertThat(scenario.count(null, "LHS", "incident.school_discipline")).isEqualTo(discipline + 1);
    assertThat(scenario.count(null, "WMS", "incident")).isEqualTo(atWms);
  }

  @Test
  void paulaClosesItWithNoFurtherAction() {
    ProcessInstance pi = tinaReports();
    scenario.complete("paula", scenario.task(pi, "DecideIncident"), Map.of("principalDecision", "NO_FURTHER_ACTION",
        "principalNote", "The phone had been lent; nothing was taken."));
    assertThat(pi).hasPassed("LeftToSchool").isEnded();
    assertThat(incident(pi).outcome()).isEqualTo("NO_FURTHER_ACTION");
  }

  @Test
  void paulaRefersItAndSallyTakesNoPoliceAction() {
    ProcessInstance pi = tinaReports();
    scenario.complete("paula", scenario.task(pi, "DecideIncident"), Map.of("principalDecision", "REFER_TO_SRO"));
    assertThat(pi).isWaitingAt("DecideLawEnforcementAction");
    Task act = scenario.task(pi, "DecideLawEnforcementAction");
    assertThat(scenario.tasks.getIdentityLinksForTask(act.getId())).extracting(IdentityLink::getUserId)
        .as("routed to the school's assigned SRO").contains("sally").doesNotContain("steve");
    scenario.complete("sally", act, Map.of("lawEnforcementAction", "NO_POLICE_ACTION"));
    assertThat(pi).hasPassed("NoPoliceAction").isEnded();
    Incident i = incident(pi);
    assertThat(i.outcome()).isEqualTo("NO_POLICE_ACTION");
    assertThat(i.getActionBy()).isEqualTo("sally");
    assertThat(i.getParentsNotifiedWho()).isNull();
  }

  @Test
  void paulaRefersItAndOpensAThreatAssessmentSallyArrestsAndFilesThePoliceReport() {
    ProcessInstance pi = tinaReports();
    scenario.complete("paula", scenario.task(pi, "DecideIncident"), Map.of("principalDecision", "REFER_TO_SRO",
        "openThreatAssessment", true));
    Incident linked = incident(pi);
    assertThat(linked.getThreatCaseId()).as("the incident keeps the threat case's id").isNotNull();
    assertThat(scenario.runtime.getVariable(linked.getThreatCaseId(), "linkedIncident"))
        .as("the threat case keeps the incident's reference").isEqualTo(linked.reference());
    assertThat(scenario.runtime.createProcessInstanceQuery().processInstanceId(linked.getThreatCaseId())
        .singleResult().getTenantId()).isEqualTo("LHS");

    Task act = scenario.task(pi, "DecideLawEnforcementAction");
    assertThatThrownBy(() -> scenario.complete("sally", act, Map.of("lawEnforcementAction", "ARREST")))
        .as("an arrest: the law requires the parents to be told")
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("parentsNotifiedWho"));
    assertThat(pi).isWaitingAt("DecideLawEnforcementAction");
    Map<String, Object> arrest = new HashMap<>(Map.of("lawEnforcementAction", "ARREST",
        "parentsNotifiedWho", "Ann Miller, mother", "parentsNotifiedHow", "PHONE",
        "parentsNotifiedAt", scenario.minutesAgo(5)));
    scenario.complete("sally", act, arrest);
    assertThat(pi).isWaitingAt("FilePoliceReport");
    Task write = scenario.calledTask(pi, "WritePoliceReport");
    assertThat(write.getAssignee()).isEqualTo("sally");
    assertThat(write.getTenantId()).isEqualTo("LHS");
    scenario.complete("sally", write, Map.of("reportNumber", "24-001234", "offense", "Theft",
        "reportDate", calendar.today().toString(), "disposition", "ARREST",
        "narrative", "Arrested after the phone was found in the student's bag."));
    assertThat(pi).hasPassedInOrder("DecideLawEnforcementAction", "FilePoliceReport", "NotePoliceReportFiled",
        "PoliceReportFiled").isEnded();
    Incident i = incident(pi);
    assertThat(i.outcome()).isEqualTo("ARREST");
    assertThat(i.getParentsNotifiedHow()).isEqualTo(Incident.NoticeMethod.PHONE);
    assertThat(i.getPoliceReportFiledAt()).isNotNull();
    assertThat(policeReports.findAll()).anySatisfy(r -> {
      assertThat(r.getIncidentId()).isEqualTo(i.getId());
      assertThat(r.getThreatCaseId()).isNull();
      assertThat(r.getSchoolCode()).isEqualTo("LHS");
    });
  }

  @Test
  void aFieldInterviewAlsoGoesToThePoliceReportWithoutAParentNotice() {
    ProcessInstance pi = tinaReports();
    scenario.complete("paula", scenario.task(pi, "DecideIncident"), Map.of("principalDecision", "REFER_TO_SRO"));
    scenario.complete("sally", scenario.task(pi, "DecideLawEnforcementAction"),
        Map.of("lawEnforcementAction", "FIELD_INTERVIEW"));
    assertThat(pi).isWaitingAt("FilePoliceReport");
    assertThat(incident(pi).getParentsNotifiedWho()).isNull();
  }

  @Test
  void anotherSchoolsPrincipalAndTheReportingTeacherSeeNothingOfTheIncident() {
    ProcessInstance pi = tinaReports();
    assertThat(scenario.as("peter", () -> scenario.tasks.createTaskQuery().processInstanceId(pi.getId()).count()))
        .isZero();
    assertThat(scenario.as("peter", () -> history.createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
        .count())).isZero();
    assertThat(scenario.as("tina", () -> history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .count())).isZero();
    assertThat(scenario.as("paula", () -> scenario.tasks.createTaskQuery().processInstanceId(pi.getId()).count()))
        .isEqualTo(1);
  }
}
