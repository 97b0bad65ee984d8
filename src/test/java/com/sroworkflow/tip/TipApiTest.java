package com.sroworkflow.tip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sroworkflow.Http;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.school.SchoolCalendar;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * {@code POST /api/tips} without login: a tip is stored and starts a threat case in its school's
 * tenant, and the answer is its receipt number alone; refused input and a client past the rate limit
 * store nothing and start nothing.
 */
@IntegrationTest
class TipApiTest {

  private static final String RECEIPT = "[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}";
  private static final String SAID = "Said in the locker room that he will shoot up the pep rally on Friday.";

  @Autowired TestRestTemplate rest;
  @Autowired TipRepository tips;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired SchoolCalendar calendar;
  @Autowired TipCases cases;
  @Autowired ObjectMapper json;

  @BeforeEach
  void prepare() {
    cases.prepare();
  }


  private Map<String, Object> tip() {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("schoolCode", "LHS");
    t.put("threatBehaviour", SAID);
    t.put("incidentDate", calendar.today().minusDays(1).toString());
    return t;
  }

  private ResponseEntity<String> send(Map<String, Object> tip) throws Exception {
    return Http.anonymous(rest).post("/api/tips", json.writeValueAsString(tip));
  }

  private long runningCases() {
    return runtime.createProcessInstanceQuery().processDefinitionKey("threatAssessment").count();
  }

  @Test
  void aTipWithoutANameIsStoredAndStartsAnAnonymousCaseInItsSchoolAndTheAnswerIsTheReceiptAlone() throws Exception {
    ResponseEntity<String> answer = send(tip());

    assertThat(answer.getStatusCode().value()).isEqualTo(201);
    JsonNode body = json.readTree(answer.getBody());
    assertThat(body.size()).as("only the receipt: " + answer.getBody()).isOne();
    String receipt = body.get("receipt").asText();
    assertThat(receipt).matches(RECEIPT);
    assertThat(answer.getBody()).doesNotContain("pep rally").doesNotContain("LHS");
    assertThat(answer.getHeaders().getLocation()).isNull();

    Tip stored = tips.findByReceipt(receipt).orElseThrow();
    assertThat(stored.getThreatBehaviour()).isEqualTo(SAID);
    assertThat(stored.getSchoolCode()).isEqualTo("LHS");
    assertThat(stored.getIncidentDate()).isEqualTo(calendar.today().minusDays(1));
    assertThat(stored.getStudentName()).isNull();
    assertThat(stored.getReporterName()).isNull();

    ProcessInstance threatCase = runtime.createProcessInstanceQuery().processInstanceId(stored.getProcessInstanceId())
        .singleResult();
    assertThat(threatCase).as("a running threat case").isNotNull();
    assertThat(threatCase.getTenantId()).as("the school's tenant").isEqualTo("LHS");
    assertThat(threatCase.getProcessDefinitionId()).startsWith("threatAssessment:");
    assertThat(runtime.getVariable(threatCase.getId(), "tipId")).isEqualTo(stored.getId());
    assertThat(runtime.getVariable(threatCase.getId(), "reportSource")).isEqualTo("TIP");
    assertThat(runtime.getVariable(threatCase.getId(), "reportAnonymously")).isEqualTo(true);
    assertThat(runtime.getVariable(threatCase.getId(), "sourceName")).isNull();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(threatCase.getId()).singleResult()
        .getStartUserId()).as("no one is recorded as the starter").isNull();
  }

  @Test
  void aNamedTipPassesTheNameToTheCaseAndKeepsTheContactOnTheTipOnly() throws Exception {
    Map<String, Object> t = tip();
    t.put("incidentTime", "07:45");
    t.put("incidentLocation", "Locker room");
    t.put("studentName", "Riley Stone");
    t.put("studentGrade", "10");
    t.put("reporterName", "Jordan Avery");
    t.put("reporterContact", "555-0142");

    ResponseEntity<String> answer = send(t);

    assertThat(answer.getStatusCode().value()).isEqualTo(201);
    Tip stored = tips.findByReceipt(json.readTree(answer.getBody()).get("receipt").asText()).orElseThrow();
    assertThat(stored.getReporterContact()).isEqualTo("555-0142");
    Map<String, Object> variables = runtime.getVariables(stored.getProcessInstanceId());
    assertThat(variables).containsEntry("reportAnonymously", false).containsEntry("reportSource", "TIP")
        .containsEntry("incidentTime", "07:45").containsEntry("incidentLocation", "Locker room");
    assertThat(String.valueOf(variables.get("reportSummary"))).as("the team's summary names the student and the reporter")
        .contains("Riley Stone", "grade 10", "Jordan Avery");
    // The case keeps who told on its record: no variable but the team's summary carries the name further.
    assertThat(variables).doesNotContainKey("sourceName");
    assertThat(variables.entrySet()).filteredOn(e -> !e.getKey().equals("reportSummary"))
        .noneMatch(e -> String.valueOf(e.getValue()).contains("Jordan Avery"));
    assertThat(variables.values()).noneMatch(v -> String.valueOf(v).contains("555-0142"));
  }

  @Test
  void refusedTipsNameTheFieldAndStoreNothing() throws Exception {
    Map<String, Map<String, Object>> refusals = new LinkedHashMap<>();
    refusals.put("schoolCode", without("schoolCode"));
    refusals.put("threatBehaviour", without("threatBehaviour"));
    refusals.put("incidentDate", without("incidentDate"));
    refusals.put("schoolCode ", with("schoolCode", "NOSUCH"));
    refusals.put("threatBehaviour ", with("threatBehaviour", "He said\u0000 he would hurt someone."));
    refusals.put("studentName", with("studentName", "Riley\u001b[2J Stone"));
    refusals.put("reporterName", with("reporterName", "Jordan\nAvery"));
    refusals.put("threatBehaviour  ", with("threatBehaviour", "x".repeat(Tips.BEHAVIOUR_MAX + 1)));
    refusals.put("incidentLocation", with("incidentLocation", "y".repeat(Tips.LOCATION_MAX + 1)));
    refusals.put("reporterContact", with("reporterContact", "z".repeat(Tips.CONTACT_MAX + 1)));
    refusals.put("incidentDate ", with("incidentDate", calendar.today().plusDays(1).toString()));
    refusals.put("incidentDate  ", with("incidentDate", "yesterday"));
    refusals.put("incidentTime", with("incidentTime", "25:99"));
    refusals.put("studentGrade", with("studentGrade", "13"));
    long tipsBefore = tips.count();
    long casesBefore = runningCases();

    for (Map.Entry<String, Map<String, Object>> refusal : refusals.entrySet()) {
      cases.freshLimit();
      ResponseEntity<String> answer = send(refusal.getValue());

      String field = refusal.getKey().strip();
      assertThat(answer.getStatusCode().value()).as(field + ": " + answer.getBody()).isEqualTo(400);
      JsonNode body = json.readTree(answer.getBody());
      assertThat(body.get("type").asText()).isEqualTo("InvalidInput");
      assertThat(body.get("field").asText()).isEqualTo(field);
      assertThat(body.get("message").asText()).isNotBlank();
      assertThat(answer.getBody()).doesNotContain("pep rally").doesNotContain("NOSUCH").doesNotContain("xxxxxxxx")
          .doesNotContain("Exception");
    }
    assertThat(tips.count()).isEqualTo(tipsBefore);
    assertThat(runningCases()).isEqualTo(casesBefore);
  }

  @Test
  void aTipWithAFieldOfItsOwnOrTextWhereItDoesNotBelongIsRefused() throws Exception {
    long tipsBefore = tips.count();

    ResponseEntity<String> unknownField = send(with("tipId", 7));
    ResponseEntity<String> numberAsSchool = send(with("schoolCode", 12));
    ResponseEntity<String> notJson = Http.anonymous(rest).post("/api/tips", "{\"schoolCode\":");

    for (ResponseEntity<String> answer : java.util.List.of(unknownField, numberAsSchool, notJson)) {
      assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
    }
    assertThat(tips.count()).isEqualTo(tipsBefore);
  }

  @Test
  void aClientPastTheLimitGets429AndNothingIsStored() throws Exception {
    for (int i = 0; i < 5; i++) {
      assertThat(send(i % 2 == 0 ? tip() : without("schoolCode")).getStatusCode().value()).isIn(201, 400);
    }
    long tipsBefore = tips.count();
    long casesBefore = runningCases();

    ResponseEntity<String> answer = send(tip());

    assertThat(answer.getStatusCode().value()).isEqualTo(429);
    assertThat(answer.getHeaders().getFirst("Retry-After")).matches("[1-9][0-9]*");
    assertThat(answer.getBody()).contains("911").doesNotContain("pep rally");
    assertThat(tips.count()).isEqualTo(tipsBefore);
    assertThat(runningCases()).isEqualTo(casesBefore);
  }

  private Map<String, Object> without(String field) {
    Map<String, Object> t = tip();
    t.remove(field);
    return t;
  }

  private Map<String, Object> with(String field, Object value) {
    Map<String, Object> t = tip();
    t.put(field, value);
    return t;
  }
}
