package com.sroworkflow.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sroworkflow.Http;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.referral.ReferralTestData;
import com.sroworkflow.training.TrainingCheck;
import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The staffing rules: an assignment is a dated record; a school's SRO tasks go to the SROs assigned
 * to it on the day; an officer whose training has lapsed is refused with the reason and the
 * supervisor gets the refresher task.
 */
@IntegrationTest
class AssignmentRulesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ProgramScenario scenario;
  @Autowired Assignments assignments;
  @Autowired com.sroworkflow.school.Staffing staffing;
  @Autowired SroAssignmentRepository repository;
  @Autowired TrainingCheck trainingCheck;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired TestRestTemplate rest;

  @BeforeEach
  void reset() {
    scenario.reset();
  }

  @AfterEach
  void cleanUp() {
    runtime.createProcessInstanceQuery().processDefinitionKey("studentReferral").list()
        .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test reset", true, true));
    scenario.reset();
  }

  private ResponseEntity<String> assign(String as, String officer, String school) {
    return Http.as(rest, as).post("/api/assignments",
        "{\"officer\": \"" + officer + "\", \"schoolCode\": \"" + school + "\"}");
  }

  @Test
  void anOfficerWithLapsedTrainingIsRefusedWithTheReasonAndTheSupervisorSchedulesTheRefresher() throws Exception {
    long rows = repository.count();
    ResponseEntity<String> refused = assign("chief", "omar", "WMS");
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    JsonNode body = JSON.readTree(refused.getBody());
    assertThat(body.path("field").asText()).isEqualTo("officer");
    LocalDate expired = scenario.calendar.today().minusYears(1);
    assertThat(body.path("message").asText())
        .isEqualTo("Omar Obi cannot be assigned to Washington Middle School: Basic SRO course (40 hours) expired on "
            + expired + "; State SRO certification expired on " + expired
            + ". Sam Stone has a task to schedule the refresher.");
    assertThat(repository.count()).as("no assignment recorded").isEqualTo(rows);
    assertThat(scenario.identity.createUserQuery().userId("omar").memberOfTenant("WMS").count()).isZero();
    assertThat(tasks.createTaskQuery().taskAssignee("sam").processDefinitionKey("refresherTraining").list())
        .extracting(Task::getName).containsExactly("Schedule the refresher training", "Schedule the refresher training");
    assertThat(trainingCheck.lapsedOn("omar", scenario.calendar.today())).hasSize(2);

    // asking again does not pile up tasks
    assign("chief", "omar", "WMS");
    assertThat(tasks.createTaskQuery().taskAssignee("sam").processDefinitionKey("refresherTraining").count())
        .isEqualTo(2);
  }

  @Test
  void aTrainedOfficerIsAssignedAndTheSchoolsSroTasksReachThem() throws Exception {
    scenario.trained("omar", scenario.calendar.today().minusMonths(1), scenario.calendar.today().plusYears(2));
    ResponseEntity<String> created = assign("chief", "omar", "WMS");
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    JsonNode a = JSON.readTree(created.getBody());
    assertThat(a.path("startsOn").asText()).isEqualTo(scenario.calendar.today().toString());
    assertThat(a.path("kind").asText()).isEqualTo("ASSIGNED");
    assertThat(assignments.srosOf("WMS")).containsExactly("omar", "steve");
    assertThat(scenario.identity.createUserQuery().userId("omar").memberOfTenant("WMS").count()).isOne();

    ProcessInstance referral = scenario.as("steve",
        () -> runtime.startProcessInstanceByKey("studentReferral", ReferralTestData.wmsReferral()));
    Task consent = tasks.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey("RecordConsent")
        .singleResult();
    assertThat(tasks.getIdentityLinksForTask(consent.getId())).filteredOn(l -> l.getUserId() != null)
        .extracting(IdentityLink::getUserId).contains("omar", "steve").doesNotContain("sally");

    assertThat(assign("chief", "omar", "WMS").getBody()).contains("already serves");
    ResponseEntity<String> ended = Http.as(rest, "chief").post("/api/assignments/" + a.path("id").asLong() + "/end",
        "{\"reason\": \"Back to patrol\"}");
    assertThat(ended.getStatusCode().value()).isEqualTo(200);
    assertThat(assignments.srosOf("WMS")).containsExactly("steve");
    assertThat(scenario.identity.createUserQuery().userId("omar").memberOfTenant("WMS").count()).isZero();
  }

  @Test
  void anAppointmentAtTheEndOfSelectionIsRecordedAsAnAssignment() {
    staffing.appoint("olivia", Set.of("LHS"), "chief");
    assertThat(assignments.srosOf("LHS")).containsExactly("olivia", "sally");
    assertThat(scenario.identity.createUserQuery().userId("olivia").memberOfTenant("LHS").count()).isOne();
    assertThat(repository.findByOfficerUsernameOrderByStartsOnAscIdAsc("olivia")).singleElement()
        .satisfies(x -> assertThat(x.getAssignedBy()).isEqualTo("chief"));
    assignments.appointed("olivia", Set.of("LHS"), "chief");
    assertThat(repository.findByOfficerUsernameOrderByStartsOnAscIdAsc("olivia")).hasSize(1);
    assignments.endAt("olivia", "LHS", "chief", "test");
    assertThat(scenario.identity.createUserQuery().userId("olivia").memberOfTenant("LHS").count()).isZero();
  }

  @Test
  void onlyTheChiefAssignsAndReadingFollowsTheSchools() throws Exception {
    for (String notChief : new String[] {"sam", "paula", "sally", "hana"}) {
      assertThat(assign(notChief, "steve", "LHS").getStatusCode().value()).as(notChief).isEqualTo(403);
    }
    assertThat(Http.anonymous(rest).get("/api/assignments?school=LHS").getStatusCode().value()).isEqualTo(401);
    assertThat(JSON.readTree(Http.as(rest, "chief").get("/api/assignments?school=WMS").getBody())).hasSize(1);
    assertThat(JSON.readTree(Http.as(rest, "peter").get("/api/assignments?school=LHS").getBody()))
        .as("another school's assignments").isEmpty();
    assertThat(JSON.readTree(Http.as(rest, "paula").get("/api/assignments?school=LHS").getBody())).hasSize(1);
    assertThat(Http.as(rest, "chief").get("/api/assignments").getStatusCode().value()).isEqualTo(400);
  }
}
