package com.sroworkflow.courseoutline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sroworkflow.Http;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.assignment.ProgramScenario;
import com.sroworkflow.notification.NotificationRepository;
import com.sroworkflow.system.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Course outline approval (bpmn/course-outline.bpmn), every path: the SRO submits at the principal's
 * invitation, the principal agrees or declines, the Chief approves or returns with comments, the SRO
 * resubmits or withdraws. Tasks reach the inviting principal and the Chief, nobody of another school.
 */
@IntegrationTest
class CourseOutlineProcessTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ProgramScenario scenario;
  @Autowired CourseOutlineRepository outlines;
  @Autowired NotificationRepository notifications;
  @Autowired TestRestTemplate rest;

  @BeforeEach
  void reset() {
    scenario.reset();
  }

  @AfterEach
  void cleanUp() {
    scenario.reset();
  }

  private ProcessInstance submit() {
    return scenario.start("sally", "courseOutline", ProgramScenario.outline("LHS", "paula"));
  }

  @Test
  void sallySubmitsPaulaAgreesAndTheChiefApproves() {
    long mails = notifications.count();
    ProcessInstance pi = submit();
    assertThat(pi).isWaitingAt("PrincipalAgrees");
    Task agree = scenario.task(pi, "PrincipalAgrees");
    assertThat(agree.getAssignee()).isEqualTo("paula");
    assertThat(scenario.runtime.getVariable(pi.getId(), "caseTitle"))
        .isEqualTo("Course \"Your rights and the law\" at Lincoln High School by Sally Sato");
    scenario.complete("paula", agree, Map.of("principalDecision", "AGREE"));
    assertThat(pi).isWaitingAt("ChiefApproves");
    assertThat(scenario.task(pi, "ChiefApproves")).isNotNull();
    assertThat(scenario.tasks.createTaskQuery().processInstanceId(pi.getId()).taskCandidateGroup("chief").count())
        .isEqualTo(1);
    scenario.complete("chief", scenario.task(pi, "ChiefApproves"),
        Map.of("chiefDecision", "APPROVE", "chiefComment", "A good fit for the civics classes."));
    assertThat(pi).hasPassed("TellApproval").isEnded();
    assertThat(pi).hasPassedInOrder("RegisterOutline", "PrincipalAgrees", "ChiefApproves", "TellApproval",
        "OutlineApproved");
    CourseOutline o = outlines.findByProcessInstanceId(pi.getId()).orElseThrow();
    assertThat(o.getStatus()).isEqualTo(CourseOutline.Status.APPROVED);
    assertThat(o.getTopic()).isEqualTo(CourseOutline.Topic.LAWS);
    assertThat(o.getPrincipalUsername()).isEqualTo("paula");
    assertThat(o.getChiefUsername()).isEqualTo("chief");
    assertThat(notifications.count() - mails).as("the SRO and the principal are told").isEqualTo(2);
  }

  @Test
  void paulaDeclinesSallyResubmitsTheChiefReturnsItAndSallyWithdraws() {
    ProcessInstance pi = submit();
    Task agree = scenario.task(pi, "PrincipalAgrees");
    assertThatThrownBy(() -> scenario.complete("paula", agree, Map.of("principalDecision", "DECLINE")))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("principalComment"));
    assertThat(pi).isWaitingAt("PrincipalAgrees");
    scenario.complete("paula", agree, Map.of("principalDecision", "DECLINE",
        "principalComment", "Make it two sessions: the schedule is full."));
    assertThat(pi).isWaitingAt("ReviseOutline");
    Task revise = scenario.task(pi, "ReviseOutline");
    assertThat(revise.getAssignee()).isEqualTo("sally");
    assertThat(scenario.runtime.getVariable(pi.getId(), "returnComment"))
        .isEqualTo("Make it two sessions: the schedule is full.");
    Map<String, Object> revised = new HashMap<>(Map.of("reviseDecision", "RESUBMIT", "sessions", 2L,
        "revisionNote", "Two sessions"));
    revised.put("outlineTitle", "Your rights and the law");
    revised.put("grades", "11-12");
    revised.put("outlineText", "Two sessions: search and seizure and traffic stops, then juvenile court and a mock "
        + "hearing.");
    scenario.complete("sally", revise, revised);
    assertThat(pi).isWaitingAt("PrincipalAgrees");
    assertThat(outlines.findByProcessInstanceId(pi.getId()).orElseThrow().getRevision()).isEqualTo(2);
    scenario.complete("paula", scenario.task(pi, "PrincipalAgrees"), Map.of("principalDecision", "AGREE"));
    Task approve = scenario.task(pi, "ChiefApproves");
    assertThatThrownBy(() -> scenario.complete("chief", approve, Map.of("chiefDecision", "RETURN")))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("chiefComment"));
    scenario.complete("chief", approve, Map.of("chiefDecision", "RETURN",
        "chiefComment", "Add the juvenile court visit the department offers."));
    assertThat(pi).isWaitingAt("ReviseOutline");
    assertThat(scenario.runtime.getVariable(pi.getId(), "returnedBy")).isEqualTo("Charles Chen");
    scenario.complete("sally", scenario.task(pi, "ReviseOutline"), Map.of("reviseDecision", "WITHDRAW"));
    assertThat(pi).hasPassed("OutlineWithdrawn").isEnded();
    assertThat(outlines.findByProcessInstanceId(pi.getId()).orElseThrow().getStatus())
        .isEqualTo(CourseOutline.Status.WITHDRAWN);
  }

  @Test
  void aNewProgramFollowsTheSamePath() {
    Map<String, Object> program = new HashMap<>(ProgramScenario.outline("LHS", "paula"));
    program.put("outlineKind", "PROGRAM");
    program.put("topic", "DRUG_EDUCATION");
    ProcessInstance pi = scenario.start("sally", "courseOutline", program);
    scenario.complete("paula", scenario.task(pi, "PrincipalAgrees"), Map.of("principalDecision", "AGREE"));
    scenario.complete("chief", scenario.task(pi, "ChiefApproves"), Map.of("chiefDecision", "APPROVE"));
    assertThat(pi).isEnded();
    assertThat(outlines.findByProcessInstanceId(pi.getId()).orElseThrow().getKind())
        .isEqualTo(CourseOutline.Kind.PROGRAM);
  }

  @Test
  void onlyAnSroOfTheSchoolSubmitsAndOnlyItsPrincipalIsNamed() {
    long before = outlines.count();
    assertThatThrownBy(() -> scenario.start("sally", "courseOutline", ProgramScenario.outline("LHS", "peter")))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("invitedBy"));
    assertThatThrownBy(() -> scenario.start("steve", "courseOutline", ProgramScenario.outline("LHS", "paula")))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("outlineSchool"));
    Map<String, Object> badTopic = new HashMap<>(ProgramScenario.outline("LHS", "paula"));
    badTopic.put("topic", "KARATE");
    assertThatThrownBy(() -> scenario.start("sally", "courseOutline", badTopic))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("topic"));
    assertThat(outlines.count()).isEqualTo(before);
  }

  @Test
  void peterAndOtherSchoolsStaffSeeNothingOfAnLhsOutline() throws Exception {
    ProcessInstance pi = submit();
    String taskId = scenario.task(pi, "PrincipalAgrees").getId();
    for (String outsider : List.of("peter", "steve", "maria", "sam")) {
      Http http = Http.as(rest, outsider);
      JsonNode tasks = JSON.readTree(http.get("/engine-rest/task?processInstanceId=" + pi.getId()).getBody());
      assertThat(tasks).as(outsider).isEmpty();
      assertThat(http.get("/engine-rest/task/" + taskId + "/form-variables").getStatusCode().value()).as(outsider)
          .isIn(403, 404);
      assertThat(http.get("/engine-rest/process-instance/" + pi.getId() + "/variables").getStatusCode().value())
          .as(outsider).isIn(403, 404);
    }
    assertThat(JSON.readTree(Http.as(rest, "paula").get("/engine-rest/task?processInstanceId=" + pi.getId())
        .getBody())).hasSize(1);
    assertThat(Http.as(rest, "paula").post("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\": {\"principalDecision\": {\"value\": \"AGREE\"}}}").getStatusCode().value()).isEqualTo(204);
    assertThat(JSON.readTree(Http.as(rest, "chief").get("/engine-rest/task?processInstanceId=" + pi.getId())
        .getBody())).hasSize(1);
    assertThat(JSON.readTree(Http.as(rest, "peter").get("/engine-rest/task?processInstanceId=" + pi.getId())
        .getBody())).isEmpty();
  }
}
