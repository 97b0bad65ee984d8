package com.sroworkflow.selection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sroworkflow.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Bad input through /engine-rest, as the people who would send it: refused with 400 naming the field,
 * the task still open and no record written.
 */
@IntegrationTest
class SelectionRestTest {

  @Autowired SelectionScenario scenario;
  @Autowired TaskService tasks;
  @Autowired TestRestTemplate rest;
  @Autowired BoardScoreRepository scores;
  @Autowired InterviewBoardRepository boards;

  private String ref;

  @BeforeEach
  void vacancy() {
    scenario.reset();
    ref = scenario.reference(scenario.openVacancy("LHS", 1));
  }

  private ResponseEntity<JsonNode> post(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo", StandardCharsets.UTF_8);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
  }

  private static void assertBadRequest(ResponseEntity<JsonNode> response, String field) {
    assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(400);
    assertThat(response.getBody().path("field").asText()).isEqualTo(field);
    assertThat(response.getBody().path("message").asText()).isNotBlank().doesNotContain("Exception");
  }

  @Test
  void aScoreOfSevenIsRefusedAndTheBoardMembersTaskStaysOpen() {
    ProcessInstance pi = scenario.apply("olivia", ref);
    scenario.verifyAndReview(pi, SelectionScenario.cleanRecord());
    scenario.recommend(pi, true);
    scenario.convene(pi);
    Task carl = scenario.boardTask(pi, "carl");

    ResponseEntity<JsonNode> response = post("carl", "/engine-rest/task/" + carl.getId() + "/complete", """
        {"variables": {"jobKnowledge": {"value": 4, "type": "Long"}, "experience": {"value": 4, "type": "Long"},
         "training": {"value": 4, "type": "Long"}, "education": {"value": 4, "type": "Long"},
         "appearance": {"value": 4, "type": "Long"}, "attitude": {"value": 7, "type": "Long"},
         "communicationSkills": {"value": 4, "type": "Long"}, "bearing": {"value": 4, "type": "Long"},
         "boardRecommendation": {"value": "favorable"}}}""");

    assertBadRequest(response, "attitude");
    assertThat(response.getBody().path("message").asText()).contains("Attitude").contains("at most 5");
    assertThat(tasks.createTaskQuery().taskId(carl.getId()).count()).isOne();
    assertThat(scores.count()).isZero();
  }

  @Test
  void aBoardOfTwoIsRefusedThroughTheFormSubmission() {
    ProcessInstance pi = scenario.apply("olivia", ref);
    scenario.verifyAndReview(pi, SelectionScenario.cleanRecord());
    scenario.recommend(pi, true);
    Task convene = scenario.task(pi, "ConveneBoard");

    ResponseEntity<JsonNode> response = post("hana", "/engine-rest/task/" + convene.getId() + "/submit-form", """
        {"variables": {"boardMembers": {"value": "[\\"carl\\", \\"rita\\"]", "type": "Json"},
         "interviewAt": {"value": "2030-01-10T10:00"}, "interviewLocation": {"value": "HQ"}}}""");

    assertBadRequest(response, "boardMembers");
    assertThat(response.getBody().path("message").asText()).contains("two school-system representatives");
    assertThat(boards.count()).isZero();
    assertThat(tasks.createTaskQuery().taskId(convene.getId()).count()).isOne();
  }

  @Test
  void anEmptyRecommendationIsRefused() {
    ProcessInstance pi = scenario.apply("olivia", ref);
    scenario.verifyAndReview(pi, SelectionScenario.cleanRecord());
    Task task = scenario.task(pi, "WriteRecommendation");

    assertBadRequest(post("sam", "/engine-rest/task/" + task.getId() + "/complete",
        "{\"variables\": {\"recommendation\": {\"value\": \"recommend\"}, \"recommendationText\": {\"value\": \"\"}}}"),
        "recommendationText");
    assertBadRequest(post("sam", "/engine-rest/task/" + task.getId() + "/complete",
        "{\"variables\": {\"recommendation\": {\"value\": true}, \"recommendationText\": {\"value\": \""
            + "x".repeat(40) + "\"}}}"), "recommendation");
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
  }

  @Test
  void anApplicationStartedThroughRestIsValidatedLikeTheStartForm() {
    long before = scenario.applications.count();
    assertBadRequest(post("olivia", "/engine-rest/process-definition/key/sroSelection/start",
        "{\"variables\": {\"applyingFor\": {\"value\": \"self\"}, \"vacancyRef\": {\"value\": \"V-1999-1\"},"
            + " \"statement\": {\"value\": \"I volunteer.\"}, \"fitnessDeclared\": {\"value\": true},"
            + " \"drugFreeDeclared\": {\"value\": true}}}"), "vacancyRef");
    assertBadRequest(post("olivia", "/engine-rest/process-definition/key/sroSelection/submit-form",
        "{\"variables\": {\"applyingFor\": {\"value\": \"self\"}, \"vacancyRef\": {\"value\": \"" + ref + "\"},"
            + " \"fitnessDeclared\": {\"value\": true}, \"drugFreeDeclared\": {\"value\": true}}}"), "statement");
    assertThat(scenario.applications.count()).isEqualTo(before);

    ResponseEntity<JsonNode> ok = post("olivia", "/engine-rest/process-definition/key/sroSelection/start",
        "{\"variables\": {\"applyingFor\": {\"value\": \"self\"}, \"vacancyRef\": {\"value\": \"" + ref + "\"},"
            + " \"statement\": {\"value\": \"I volunteer.\"}, \"fitnessDeclared\": {\"value\": true},"
            + " \"drugFreeDeclared\": {\"value\": true}}}");
    assertThat(ok.getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void someoneElsesTaskCannotBeCompleted() {
    ProcessInstance pi = scenario.apply("olivia", ref);
    scenario.verifyAndReview(pi, SelectionScenario.cleanRecord());
    Task task = scenario.task(pi, "WriteRecommendation");
    ResponseEntity<JsonNode> response = post("omar", "/engine-rest/task/" + task.getId() + "/complete",
        "{\"variables\": {\"recommendation\": {\"value\": \"recommend\"}, \"recommendationText\": {\"value\": \""
            + "x".repeat(40) + "\"}}}");
    assertThat(response.getStatusCode().value()).isEqualTo(403);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
  }

  private ResponseEntity<JsonNode> get(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo", StandardCharsets.UTF_8);
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
  }

  /** The options a start form's variable holds for the caller, as Tasklist and form checkers read them. */
  private JsonNode startOptions(String user, String process, String valuesKey) throws Exception {
    ResponseEntity<JsonNode> variables = get(user, "/engine-rest/process-definition/key/" + process + "/form-variables");
    assertThat(variables.getStatusCode().value()).isEqualTo(200);
    JsonNode variable = variables.getBody().path(valuesKey);
    assertThat(variable.path("type").asText()).as(valuesKey + " for " + user).isEqualTo("Json");
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(variable.path("value").asText());
  }

  private static java.util.List<String> values(JsonNode options) {
    java.util.List<String> values = new java.util.ArrayList<>();
    options.forEach(o -> {
      assertThat(o.path("label").asText()).isNotBlank();
      values.add(o.path("value").asText());
    });
    return values;
  }

  @Test
  void anOfficerChoosesAmongTheOpenVacanciesAndASupervisorAmongTheOfficersTheySupervise() throws Exception {
    assertThat(values(startOptions("olivia", "sroSelection", "openVacancyOptions"))).containsExactly(ref);
    assertThat(startOptions("olivia", "sroSelection", "openVacancyOptions").get(0).path("label").asText())
        .contains(ref).contains("Lincoln High School").contains("applications close");
    assertThat(values(startOptions("olivia", "sroSelection", "nomineeOptions"))).isEmpty();
    assertThat(values(startOptions("sam", "sroSelection", "nomineeOptions"))).containsExactlyInAnyOrder("olivia", "omar");
    assertThat(startOptions("sam", "sroSelection", "nomineeOptions").toString()).contains("Olivia Ortiz, Police Officer");

    // Tasklist renders a start form from the form alone: the options are written into it
    JsonNode form = get("sam", "/engine-rest/process-definition/key/sroSelection/deployed-start-form").getBody();
    JsonNode vacancyField = null;
    for (JsonNode c : form.path("components")) {
      if ("vacancyRef".equals(c.path("key").asText())) {
        vacancyField = c;
      }
    }
    assertThat(vacancyField.has("valuesKey")).isFalse();
    assertThat(values(vacancyField.path("values"))).containsExactly(ref);
  }

  @Test
  void hrChoosesAmongAllSchoolsAndAnApplicantAmongTheirOwnApplications() throws Exception {
    assertThat(values(startOptions("hana", "sroVacancy", "mySchoolOptions"))).contains("LHS", "WMS");
    assertThat(startOptions("hana", "sroVacancy", "mySchoolOptions").toString()).contains("Lincoln High School");

    scenario.apply("olivia", ref);
    assertThat(startOptions("olivia", "sroWithdrawal", "withdrawableApplicationOptions")).hasSize(1);
    assertThat(startOptions("omar", "sroWithdrawal", "withdrawableApplicationOptions")).isEmpty();
  }

  @Test
  void aChoiceFromOutsideTheOptionsIsRefusedAndNothingIsStored() {
    long before = scenario.applications.count();
    assertBadRequest(post("sam", "/engine-rest/process-definition/key/sroSelection/submit-form",
        "{\"variables\": {\"applyingFor\": {\"value\": \"nominee\"}, \"vacancyRef\": {\"value\": \"" + ref + "\"},"
            + " \"nomineeUsername\": {\"value\": \"sally\"}}}"), "nomineeUsername");
    long vacancies = scenario.vacancies.count();
    assertBadRequest(post("hana", "/engine-rest/process-definition/key/sroVacancy/submit-form",
        "{\"variables\": {\"vacancyTitle\": {\"value\": \"SRO\"}, \"postCount\": {\"value\": 1},"
            + " \"applicationDeadline\": {\"value\": \"2099-01-10\"},"
            + " \"schoolCodes\": {\"value\": \"[\\\"XYZ\\\"]\", \"type\": \"Json\"}}}"), "schoolCodes");
    assertThat(scenario.applications.count()).isEqualTo(before);
    assertThat(scenario.vacancies.count()).isEqualTo(vacancies);
  }
}
