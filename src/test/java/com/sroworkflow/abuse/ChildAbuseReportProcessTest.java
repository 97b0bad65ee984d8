package com.sroworkflow.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.sroworkflow.IntegrationTest;
import com.sroworkflow.incident.SroYearScenario;
import com.sroworkflow.notification.NotificationRepository;
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
 * A report of suspected child abuse or neglect (bpmn/child-abuse-report.bpmn), every path: the hotline called
 * before reporting or right after, in the reporter's own task; the principal told, or the district designee
 * when staff are suspected; the SRO investigates or not.
 */
@IntegrationTest
class ChildAbuseReportProcessTest {

  @Autowired SroYearScenario scenario;
  @Autowired AbuseReportRepository reports;
  @Autowired NotificationRepository notifications;
  @Autowired HistoryService history;

  @BeforeEach
  void reset() {
    scenario.reset();
  }

  @AfterEach
  void cleanUp() {
    scenario.reset();
  }

  static Map<String, Object> report(String staffSuspected, String hotlineNumber, SroYearScenario scenario) {
    Map<String, Object> v = new HashMap<>(Map.of("schoolCode", "LHS", "studentName", "Jordan Miller",
        "concern", "NEGLECT", "staffSuspected", staffSuspected,
        "description", "Comes to school hungry every day and has had the same clothes on all week."));
    if (hotlineNumber == null) {
      v.put("hotlineCalled", "NOT_YET");
    } else {
      v.put("hotlineCalled", "YES");
      v.put("hotlineReportNumber", hotlineNumber);
      v.put("hotlineCalledAt", scenario.minutesAgo(10));
    }
    return v;
  }

  private AbuseReport record(ProcessInstance pi) {
    return reports.findByProcessInstanceId(pi.getId()).orElseThrow();
  }

  @Test
  void monaHasCalledTheHotlinePaulaIsToldAndSallyInvestigates() {
    assertThatThrownBy(() -> scenario.start("mona", "childAbuseReport", report("NO", "12345", scenario)))
        .as("the hotline's number format")
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("hotlineReportNumber"));
    long mails = notifications.count();
    long counted = scenario.count(null, "LHS", "abuse-report");
    ProcessInstance pi = scenario.start("mona", "childAbuseReport", report("NO", "2026-004512", scenario));
    assertThat(scenario.count(null, "LHS", "abuse-report"))
        .as("the reports count it, nothing more").isEqualTo(counted + 1);
    assertThat(pi).isWaitingAt("AcknowledgeAsPrincipal", "DecideInvestigation");
    AbuseReport r = record(pi);
    assertThat(r.getHotlineReportNumber()).isEqualTo("2026-004512");
    assertThat(r.getHotlineCalledBy()).isEqualTo("mona");
    assertThat(r.getHotlineCalledAt()).isNotNull();
    assertThat(scenario.runtime.getVariable(pi.getId(), "studentName")).as("on the record only").isNull();
    Task tell = scenario.task(pi, "AcknowledgeAsPrincipal");
    assertThat(tell.getTenantId()).isEqualTo("LHS");
    assertThat(tell.getName()).doesNotContain("Jordan");
    assertThat(notifications.count() - mails).as("paula and sally are mailed").isGreaterThanOrEqualTo(2);
    Task decide = scenario.task(pi, "DecideInvestigation");
    assertThat(scenario.tasks.getIdentityLinksForTask(decide.getId())).extracting(IdentityLink::getUserId)
        .contains("sally");
    scenario.complete("sally", decide, Map.of("openInvestigation", "YES", "investigationNote", "Talk to the family."));
    Task investigate = scenario.task(pi, "RecordInvestigation");
    assertThat(investigate.getAssignee()).isEqualTo("sally");
    scenario.complete("sally", investigate, Map.of("investigationOutcome", "LEFT_TO_CHILD_PROTECTIVE_SERVICES",
        "investigationSummary", "No crime; child protective services works with the family."));
    scenario.complete("paula", tell, Map.of());
    assertThat(pi).hasPassed("RegisterAbuseReport", "AcknowledgeAsPrincipal", "RecordInvestigation")
        .hasNotPassed("CallHotline", "AcknowledgeAsDesignee").isEnded();
    r = record(pi);
    assertThat(r.getAcknowledgedBy()).isEqualTo("paula");
    assertThat(r.getInvestigation()).isTrue();
    assertThat(r.getInvestigationOutcome()).isEqualTo(AbuseReport.InvestigationOutcome.LEFT_TO_CHILD_PROTECTIVE_SERVICES);
    assertThat(r.getClosedAt()).isNotNull();
    assertThat(r.getRemoveAfter()).isAfter(r.getClosedAt().plusSeconds(2554L * 86400));
  }

  @Test
  void staffSuspectedMonaCallsTheHotlineInHerOwnTaskDanaIsToldAndSallyDoesNotInvestigate() {
    ProcessInstance pi = scenario.start("mona", "childAbuseReport", report("YES", null, scenario));
    assertThat(pi).isWaitingAt("CallHotline");
    Task call = scenario.task(pi, "CallHotline");
    assertThat(call.getAssignee()).isEqualTo("mona");
    assertThatThrownBy(() -> scenario.complete("mona", call, Map.of("hotlineReportNumber", "2026/4512",
        "hotlineCalledAt", scenario.minutesAgo(10))))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("hotlineReportNumber"));
    assertThat(pi).isWaitingAt("CallHotline");
    scenario.complete("mona", call, Map.of("hotlineReportNumber", "2026-004513",
        "hotlineCalledAt", scenario.minutesAgo(10)));
    assertThat(pi).isWaitingAt("AcknowledgeAsDesignee", "DecideInvestigation");
    Task tell = scenario.task(pi, "AcknowledgeAsDesignee");
    assertThat(scenario.as("dana", () -> scenario.tasks.createTaskQuery().taskId(tell.getId()).count())).isEqualTo(1);
    assertThat(scenario.as("paula", () -> scenario.tasks.createTaskQuery().processInstanceId(pi.getId()).count()))
        .isZero();
    scenario.complete("dana", tell, Map.of("acknowledgementNote", "HR is told separately."));
    scenario.complete("sally", scenario.task(pi, "DecideInvestigation"),
        Map.of("openInvestigation", "NO", "investigationNote", "The hotline's investigators lead."));
    assertThat(pi).hasPassed("CallHotline", "AcknowledgeAsDesignee").hasNotPassed("RecordInvestigation").isEnded();
    AbuseReport r = record(pi);
    assertThat(r.getHotlineReportNumber()).isEqualTo("2026-004513");
    assertThat(r.getAcknowledgedBy()).isEqualTo("dana");
    assertThat(r.getInvestigation()).isFalse();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("AcknowledgeAsPrincipal").count()).isZero();
  }
}
