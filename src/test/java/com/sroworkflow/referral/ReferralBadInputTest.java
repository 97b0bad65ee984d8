package com.sroworkflow.referral;

import com.sroworkflow.District;
import static com.sroworkflow.referral.ReferralTestData.lhsReferral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.notification.NotificationRepository;
import com.sroworkflow.system.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Bad input is refused with a message that names the field, and leaves nothing behind: no referral,
 * no case, no notification. Whether it comes from Tasklist, REST or Java makes no difference.
 */
@IntegrationTest
class ReferralBadInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired ReferralRepository referrals;
  @Autowired NotificationRepository outbox;
  @Autowired TestRestTemplate rest;

  @AfterEach
  void logOut() {
    identity.clearAuthentication();
  }

  /** Rows and cases as they are now, to compare with after a refused request. */
  private record Stored(long referrals, long notifications, long cases) {}

  private Stored stored() {
    return new Stored(referrals.count(), outbox.count(),
        history.createHistoricProcessInstanceQuery().processDefinitionKey("studentReferral").count());
  }

  private void assertRefusedAtStart(Consumer<Map<String, Object>> change, String field, String message) {
    Map<String, Object> variables = lhsReferral();
    change.accept(variables);
    Stored before = stored();
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey("studentReferral", variables))
        .satisfies(e -> {
          InvalidInputException invalid = InvalidInputException.findIn(e);
          assertThat(invalid).as(e.toString()).isNotNull();
          assertThat(invalid.getField()).isEqualTo(field);
          assertThat(invalid.getMessage()).contains(message);
        });
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void anUnknownSchoolIsRefused() {
    assertRefusedAtStart(v -> v.put("schoolCode", "XYZ"), "schoolCode",
        "no school with the code \"XYZ\". The schools are: Lincoln High School (LHS), Washington Middle School (WMS).");
  }

  @Test
  void anAgencyThatIsNotInTheDirectoryIsRefused() {
    assertRefusedAtStart(v -> v.put("agencyId", "acme-counselling"), "agencyId", "not in the agency directory");
  }

  @Test
  void aMissingStudentNameIsRefused() {
    assertRefusedAtStart(v -> v.remove("studentName"), "studentName", "is required");
    assertRefusedAtStart(v -> v.put("studentName", "   "), "studentName", "is required");
  }

  @Test
  void aMegabyteOfReasonIsRefused() {
    assertRefusedAtStart(v -> v.put("reason", "x".repeat(1024 * 1024)), "reason", "at most 4000 characters");
  }

  @Test
  void aStringWhereABooleanGoesIsRefused() {
    assertRefusedAtStart(v -> v.put("familyInterpreterNeeded", "yes"), "familyInterpreterNeeded", "true or false");
  }

  @Test
  void aFamilyThatCannotBeReachedIsRefused() {
    assertRefusedAtStart(v -> v.remove("familyContactPhone"), "familyContactPhone", "phone number or an email");
  }

  @Test
  void aGradeOrStudentIdOutsideTheFormIsRefused() {
    assertRefusedAtStart(v -> v.put("studentGrade", "13"), "studentGrade", "offered choices");
    assertRefusedAtStart(v -> v.put("districtStudentId", "4410027; drop"), "districtStudentId",
        "District student id: use letters, digits and dashes only (at most 32).");
  }

  @Test
  void onlyAnSroOfTheStudentsSchoolRefers() {
    assertRefusedAtStart(v -> v.put("referringUser", "maria"), "referringUser", "not a School Resource Officer");
    assertRefusedAtStart(v -> v.put("referringUser", "steve"), "referringUser", "not a School Resource Officer");
    assertRefusedAtStart(v -> v.remove("referringUser"), "referringUser", "Name the SRO");
  }

  @Test
  void anSroRefersForTheirOwnSchoolsAndInTheirOwnName() {
    identity.setAuthentication("sally", List.of(Roles.SRO, Roles.THREAT_TEAM), List.of("LHS"));
    assertRefusedAtStart(v -> {
      v.putAll(ReferralTestData.wmsReferral());
      v.remove("referringUser");
    }, "schoolCode", "You do not act for school 'WMS'");
    assertRefusedAtStart(v -> v.put("referringUser", "steve"), "referringUser", "your own name only");
  }

  @Test
  void aConsentDateInTheFutureIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance pi = runtime.startProcessInstanceByKey("studentReferral", lhsReferral());
    Task consent = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("RecordConsent").singleResult();
    Stored before = stored();

    Map<String, Object> answer = Map.of("consentDecision", "GIVEN", "consentBy", "Morgan Doe, mother",
        "consentMethod", "PHONE", "consentDate", District.today().plusDays(2).toString(), "consentScope", "Everything");
    assertThatThrownBy(() -> tasks.complete(consent.getId(), answer))
        .satisfies(e -> {
          assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("consentDate");
          assertThat(e.getMessage()).contains("cannot be in the future");
        });

    assertThat(stored()).isEqualTo(before);
    assertThat(tasks.createTaskQuery().taskId(consent.getId()).count()).isOne();
    Referral referral = referrals.findByProcessInstanceId(pi.getId()).orElseThrow();
    assertThat(referral.getConsentStatus()).isEqualTo(ConsentStatus.PENDING);
    assertThat(referral.getConsentDate()).isNull();
  }

  private ResponseEntity<Map> startOverRest(String user, Map<String, Object> variables) throws Exception {
    Map<String, Object> restVariables = new LinkedHashMap<>();
    variables.forEach((name, value) -> restVariables.put(name, Map.of("value", value)));
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo", StandardCharsets.UTF_8);
    headers.setContentType(MediaType.APPLICATION_JSON);
    String body = JSON.writeValueAsString(Map.of("variables", restVariables));
    return rest.exchange("/engine-rest/process-definition/key/studentReferral/start", HttpMethod.POST,
        new HttpEntity<>(body, headers), Map.class);
  }

  private void assertRestRefuses(Consumer<Map<String, Object>> change, String field) throws Exception {
    Map<String, Object> variables = lhsReferral();
    variables.remove("referringUser");
    change.accept(variables);
    Stored before = stored();
    ResponseEntity<Map> response = startOverRest("sally", variables);
    assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(400);
    assertThat(response.getBody()).containsEntry("type", "InvalidInput").containsEntry("field", field);
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void restCallersGetBadRequestNamingTheFieldAndNothingIsStored() throws Exception {
    assertRestRefuses(v -> v.put("schoolCode", "XYZ"), "schoolCode");
    assertRestRefuses(v -> v.put("agencyId", "acme-counselling"), "agencyId");
    assertRestRefuses(v -> v.remove("studentName"), "studentName");
    assertRestRefuses(v -> v.put("reason", "x".repeat(1024 * 1024)), "reason");
    assertRestRefuses(v -> v.put("familyInterpreterNeeded", "yes"), "familyInterpreterNeeded");
  }

  @Test
  void aValidRestStartIsMadeInTheCallersName() throws Exception {
    Map<String, Object> variables = lhsReferral();
    variables.remove("referringUser");

    ResponseEntity<Map> response = startOverRest("sally", variables);

    assertThat(response.getStatusCode().value()).isEqualTo(200);
    Referral referral = referrals.findByProcessInstanceId((String) response.getBody().get("id")).orElseThrow();
    assertThat(referral.getReferredBy()).isEqualTo("sally");
    assertThat(referral.getSchoolCode()).isEqualTo("LHS");
  }
}
