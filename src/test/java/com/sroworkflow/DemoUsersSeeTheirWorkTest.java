package com.sroworkflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sroworkflow.referral.ReferralTestData;
import com.sroworkflow.selection.SelectionScenario;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * With work waiting for every role, each demo user sees exactly their own tasks, through the REST API
 * and through the Tasklist filters they get without configuring anything.
 */
@IntegrationTest
class DemoUsersSeeTheirWorkTest {

  @Autowired SelectionScenario selection;
  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtime;

  private String vacancyA;
  private String vacancyB;
  private String vacancyC;

  @BeforeEach
  void workForEveryRole() {
    runtime.createProcessInstanceQuery().list()
        .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test reset", true, true));
    selection.reset();
    selection.as("sally", () -> runtime.startProcessInstanceByKey("studentReferral", ReferralTestData.lhsReferral()));
    selection.as("steve", () -> runtime.startProcessInstanceByKey("studentReferral", ReferralTestData.wmsReferral()));
    String a = selection.reference(selection.openVacancy("LHS, WMS", 1));
    String b = selection.reference(selection.openVacancy("LHS", 1));
    ProcessInstance c = selection.openVacancy("WMS", 1);
    vacancyA = a;
    vacancyB = b;
    vacancyC = selection.reference(c);

    selection.apply("olivia", a);                                  // HR verifies the record
    ProcessInstance omarA = selection.apply("omar", a);
    selection.verifyAndReview(omarA, SelectionScenario.cleanRecord()); // sam recommends
    ProcessInstance omarB = selection.apply("omar", b);
    selection.verifyAndReview(omarB, SelectionScenario.cleanRecord());
    selection.recommend(omarB, true);
    selection.convene(omarB);                                      // carl, rita and raj score
    selection.favourableApplicant("olivia", selection.reference(c));
    selection.complete("hana", selection.task(c, "ForwardApplicants"), Map.of("forwardConfirmed", true));
  }

  private JsonNode get(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo", StandardCharsets.UTF_8);
    ResponseEntity<JsonNode> response = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    assertThat(response.getStatusCode().is2xxSuccessful()).as(user + " GET " + path + ": " + response).isTrue();
    return response.getBody();
  }

  private List<String> taskNames(String user) {
    List<String> names = new ArrayList<>();
    get(user, "/engine-rest/task").forEach(t -> names.add(t.path("name").asText()));
    return names;
  }

  @Test
  void eachDemoUserSeesExactlyTheTasksOfTheirRole() {
    // task names say what to do and for whom (NameTaskForCase)
    assertThat(taskNames("hana")).containsExactlyInAnyOrder("Verify the personnel record: Olivia Ortiz",
        "Forward favorable applicants to the Chief: SRO vacancy " + vacancyA,
        "Forward favorable applicants to the Chief: SRO vacancy " + vacancyB);
    assertThat(taskNames("sam")).containsExactly("Write the recommendation: Omar Obi");
    for (String member : List.of("carl", "rita", "raj")) {
      assertThat(taskNames(member)).as(member).containsExactly("Score the applicant: Omar Obi");
    }
    assertThat(taskNames("chief")).containsExactly("Appoint the SRO(s): SRO vacancy " + vacancyC);
    // An applicant waits: withdrawing is an action the officer takes (process sroWithdrawal), not a standing task.
    for (String applicant : List.of("olivia", "omar")) {
      assertThat(taskNames(applicant)).as(applicant + " has no standing task").isEmpty();
    }
    assertThat(taskNames("sally")).containsExactly("Record parent consent: Jordan D., Lincoln High School");
    assertThat(taskNames("steve")).containsExactly("Record parent consent: Riley S., Washington Middle School");
    assertThat(taskNames("paula")).containsExactly("Acknowledge referral: Jordan D., Lincoln High School");
    assertThat(taskNames("peter")).containsExactly("Acknowledge referral: Riley S., Washington Middle School");
    assertThat(get("paula", "/engine-rest/task").get(0).path("tenantId").asText()).isEqualTo("LHS");
    assertThat(get("peter", "/engine-rest/task").get(0).path("tenantId").asText()).isEqualTo("WMS");
    for (String nobody : List.of("maria", "dana", "tina", "walt", "mona", "mark")) {
      assertThat(taskNames(nobody)).as(nobody + " has no work waiting").isEmpty();
    }
  }

  @Test
  void everyUserHasFiltersThatCountTheirWork() {
    Map<String, Map<String, Integer>> expected = Map.of(
        "hana", Map.of("My work", 3, "My tasks", 0, "HR: SRO selection", 3),
        "chief", Map.of("My work", 1, "My tasks", 0, "Chief: SRO appointments", 1),
        "sam", Map.of("My tasks", 1, "Supervisor: recommendations and training", 1),
        "carl", Map.of("My tasks", 1, "Interview board: applicants to score", 1),
        "olivia", Map.of("My work", 0, "My tasks", 0, "My SRO application", 0),
        "paula", Map.of("My work", 1, "My tasks", 1, "Referrals to acknowledge", 1),
        "sally", Map.of("My tasks", 1),
        "tina", Map.of("My safety-plan actions", 0),
        "mona", Map.of("Self-harm screenings", 0));
    expected.forEach((user, counts) -> {
      Map<String, Integer> actual = new java.util.HashMap<>();
      for (JsonNode filter : get(user, "/engine-rest/filter?resourceType=Task")) {
        actual.put(filter.path("name").asText(),
            get(user, "/engine-rest/filter/" + filter.path("id").asText() + "/count").path("count").asInt());
      }
      assertThat(actual).as(user).containsAllEntriesOf(counts);
      assertThat(actual).as(user + " does not see other roles' queues").doesNotContainKeys(
          user.equals("hana") ? "Chief: SRO appointments" : "HR: SRO selection");
      if (!user.equals("paula")) {
        assertThat(actual).as(user).doesNotContainKey("Referrals to acknowledge");
      }
    });
  }

  /**
   * Issue 19: each role, logging in fresh, lands on its work. Asked as Tasklist asks: the filter list,
   * each filter's count (every filter shows one), then the first page of the filter with the lowest
   * priority, which Tasklist selects first.
   */
  @Test
  void eachRoleLandsOnItsWorkWithCountsOnEveryFilter() {
    // one person per role with work waiting (each REST call checks a password: keep the test lean)
    for (String user : List.of("hana", "sam", "carl", "chief", "sally", "paula")) {
      List<String> work = taskNames(user);
      JsonNode first = null;
      for (JsonNode filter : get(user, "/engine-rest/filter?resourceType=Task")) {
        assertThat(filter.path("properties").path("refresh").asBoolean()).as(user + ": " + filter.path("name")
            + " shows its count").isTrue();
        get(user, "/engine-rest/filter/" + filter.path("id").asText() + "/count");
        if (first == null || filter.path("properties").path("priority").asInt()
            < first.path("properties").path("priority").asInt()) {
          first = filter;
        }
      }
      assertThat(first).as(user + " has filters").isNotNull();
      assertThat(first.path("name").asText()).as(user + "'s first filter").isEqualTo("My work");
      String id = first.path("id").asText();
      assertThat(get(user, "/engine-rest/filter/" + id + "/count").path("count").asInt())
          .as(user + ": the first filter counts all their work").isEqualTo(work.size()).isPositive();
      List<String> firstPage = new ArrayList<>();
      get(user, "/engine-rest/filter/" + id + "/list?firstResult=0&maxResults=15")
          .forEach(t -> firstPage.add(t.path("name").asText()));
      assertThat(firstPage).as(user + "'s first screen").containsExactlyInAnyOrderElementsOf(work);
    }
  }

  /** A school's one principal is given the task: nothing to claim before completing it. */
  @Test
  void aPrincipalsTaskIsAssignedToTheSchoolsPrincipal() {
    JsonNode paulas = get("paula", "/engine-rest/task").get(0);
    assertThat(paulas.path("assignee").asText()).isEqualTo("paula");
    JsonNode peters = get("peter", "/engine-rest/task").get(0);
    assertThat(peters.path("assignee").asText()).isEqualTo("peter");
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("paula", "demo", StandardCharsets.UTF_8);
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    ResponseEntity<String> completed = rest.exchange("/engine-rest/task/" + paulas.path("id").asText()
        + "/submit-form", HttpMethod.POST, new HttpEntity<>("{\"variables\":{}}", headers), String.class);
    assertThat(completed.getStatusCode().is2xxSuccessful()).as("completed without a claim: " + completed).isTrue();
    assertThat(taskNames("paula")).isEmpty();
  }
}
