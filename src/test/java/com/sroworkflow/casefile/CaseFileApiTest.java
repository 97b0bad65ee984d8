package com.sroworkflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sroworkflow.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case file's JSON API as each role uses it (issue 17): the principal, the SRO, the counselor and the
 * district designee find a case in the list, find the student by id or by name, read the case file and write a
 * note; each sees the kinds their role reads (a police record only for police roles), and another school's
 * principal gets 404.
 */
@IntegrationTest
class CaseFileApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired CaseFileTestData data;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired CaseFileRetention retention;

  private CaseFileTestData.Cases cases;

  @BeforeEach
  void cases() {
    cases = data.create();
  }

  @AfterEach
  void end() {
    data.end(cases);
  }

  private ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo", StandardCharsets.UTF_8);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    if (body != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    return rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  private JsonNode get(String user, String path) throws Exception {
    ResponseEntity<String> r = call(user, HttpMethod.GET, path, null);
    assertThat(r.getStatusCode().value()).as(user + " GET " + path + ": " + r.getBody()).isEqualTo(200);
    return JSON.readTree(r.getBody());
  }

  private static List<String> ids(JsonNode lines) {
    List<String> ids = new ArrayList<>();
    lines.forEach(l -> ids.add(l.path("row").path("caseId").asText()));
    return ids;
  }

  private static List<String> kinds(JsonNode result) {
    List<String> kinds = new ArrayList<>();
    result.path("counts").forEach(c -> kinds.add(c.path("kind").asText()));
    return kinds;
  }

  @Test
  void thePrincipalFindsTheCaseInTheListAndTheStudentByNameWithoutAccentsWithBothCases() throws Exception {
    JsonNode list = get("paula", "/api/cases?kind=threat&status=open&size=100");
    assertThat(ids(list.path("lines"))).contains(cases.threat().getId()).doesNotContain(cases.wmsThreat().getId());
    assertThat(kinds(get("paula", "/api/cases"))).containsExactly("threat", "referral");

    String prefix = cases.name().substring(0, 8).toUpperCase().replace("É", "E").replace("Ú", "U"); // "JOSE NUN"
    JsonNode found = get("paula", "/api/students?q=" + prefix);
    assertThat(found.findValuesAsText("districtStudentId")).contains(cases.student());
    assertThat(get("paula", "/api/students?q=" + cases.student()).findValuesAsText("districtStudentId"))
        .containsExactly(cases.student());

    JsonNode record = get("paula", "/api/students/" + cases.student() + "/cases");
    assertThat(ids(record)).containsExactlyInAnyOrder(cases.threat().getId(), cases.referral().getId());

    JsonNode file = get("paula", "/api/cases/" + cases.threat().getId());
    assertThat(file.path("line").path("row").path("studentName").asText()).isEqualTo(cases.name());
    assertThat(file.path("schoolName").asText()).isEqualTo("Lincoln High School");
    assertThat(file.path("tasks").findValuesAsText("name")).isNotEmpty();
    assertThat(file.path("timeline").findValuesAsText("what")).contains("Started the case");
    assertThat(file.path("facts").findValuesAsText("label")).contains("Weapon", "What was said or done");
    assertThat(file.path("links").findValuesAsText("links")).isEmpty();
    assertThat(file.path("links").toString()).contains("documents", "transfer", "reassess");
  }

  @Test
  void theSroSeesPoliceReportsTheCounselorThreatCasesOnlyAndTheDesigneeThreatCasesAndReferrals() throws Exception {
    assertThat(kinds(get("sally", "/api/cases"))).containsExactly("threat", "referral", "police");
    assertThat(kinds(get("maria", "/api/cases"))).containsExactly("threat");
    assertThat(kinds(get("dana", "/api/cases"))).containsExactly("threat", "referral");

    assertThat(get("sally", "/api/cases/" + cases.referral().getId()).path("line").path("row").path("kind").asText())
        .isEqualTo("referral");
    assertThat(get("maria", "/api/cases/" + cases.threat().getId()).path("line").path("row").path("caseId").asText())
        .isEqualTo(cases.threat().getId());
    assertThat(call("maria", HttpMethod.GET, "/api/cases/" + cases.referral().getId(), null).getStatusCode().value())
        .as("a referral is not the counselor's to read").isEqualTo(404);
    assertThat(ids(get("dana", "/api/students/" + cases.student() + "/cases")))
        .containsExactlyInAnyOrder(cases.threat().getId(), cases.referral().getId());
    assertThat(call("maria", HttpMethod.GET, "/api/cases?kind=police", null).getStatusCode().value()).isEqualTo(400);
  }

  @Test
  void theDesigneeReadsHerSchoolsThreatCasesEachOpeningLoggedAndNoPoliceRecord() throws Exception {
    String path = "/api/cases/" + cases.threat().getId();
    assertThat(get("dana", "/api/cases?kind=threat").path("lines").toString()).contains(cases.threat().getId())
        .contains(cases.wmsThreat().getId());
    assertThat(call("dana", HttpMethod.GET, "/api/cases?kind=police", null).getStatusCode().value())
        .as("police records stay police-only").isEqualTo(400);
    int views = jdbc.queryForObject("select count(*) from case_file_entry where case_id = ? and kind = 'VIEW'",
        Integer.class, cases.threat().getId());
    JsonNode file = get("dana", path);
    assertThat(file.path("line").path("row").path("studentName").asText()).isEqualTo(cases.name());
    assertThat(jdbc.queryForObject("select count(*) from case_file_entry where case_id = ? and kind = 'VIEW'",
        Integer.class, cases.threat().getId())).as("her opening is logged").isEqualTo(views + 1);
    assertThat(get("paula", path).path("timeline").toString()).contains("Opened the case file")
        .contains("Dana Diaz");
    int before = jdbc.queryForObject("select count(*) from case_file_entry", Integer.class);
    get("paula", path);
    assertThat(jdbc.queryForObject("select count(*) from case_file_entry", Integer.class))
        .as("the school's own team's readings are not logged").isEqualTo(before);
    // read only: the engine gives her no task of the case and no change to it
    assertThat(call("dana", HttpMethod.POST, path + "/transfer", Map.of("toSchool", "WMS", "reason", "No."))
        .getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void theTeamWritesANoteThatShowsInTheTimelineAndAnotherSchoolGets404() throws Exception {
    String path = "/api/cases/" + cases.threat().getId();
    ResponseEntity<String> added = call("maria", HttpMethod.POST, path + "/notes",
        Map.of("text", "Spoke with the student's mother; <b>calm</b> now."));
    assertThat(added.getStatusCode().value()).as(added.getBody()).isEqualTo(201);
    JsonNode file = get("paula", path);
    assertThat(file.path("notes").findValuesAsText("text")).containsExactly("Spoke with the student's mother; <b>calm</b> now.");
    assertThat(file.path("notes").findValuesAsText("author")).containsExactly("Maria Moreno");
    assertThat(file.path("timeline").findValuesAsText("what")).contains("Wrote a note");

    int notes = jdbc.queryForObject("select count(*) from case_file_entry", Integer.class);
    assertThat(call("peter", HttpMethod.GET, path, null).getStatusCode().value()).isEqualTo(404);
    assertThat(call("peter", HttpMethod.POST, path + "/notes", Map.of("text", "not mine")).getStatusCode().value())
        .isEqualTo(404);
    assertThat(call("peter", HttpMethod.GET, "/api/students/" + cases.student() + "/cases", null).getStatusCode()
        .value()).isEqualTo(404);
    assertThat(get("peter", "/api/students?q=" + cases.student()).size()).isZero();
    assertThat(ids(get("peter", "/api/cases?size=100").path("lines"))).doesNotContain(cases.threat().getId());
    assertThat(jdbc.queryForObject("select count(*) from case_file_entry", Integer.class)).isEqualTo(notes);
  }

  @Test
  void notesGoWithTheirCaseWhenRetentionHasRemovedItsRecord() {
    String path = "/api/cases/" + cases.referral().getId() + "/notes";
    assertThat(call("paula", HttpMethod.POST, path, Map.of("text", "Family asked for a call back.")).getStatusCode()
        .value()).isEqualTo(201);
    String count = "select count(*) from case_file_entry where case_id = ?";
    retention.removeExpired(java.time.Instant.now());
    assertThat(jdbc.queryForObject(count, Integer.class, cases.referral().getId())).as("the case has its record")
        .isOne();
    jdbc.update("delete from referral where process_instance_id = ?", cases.referral().getId());
    assertThat(retention.removeExpired(java.time.Instant.now())).isPositive();
    assertThat(jdbc.queryForObject("select count(*) from case_file_entry where case_id = ?", Integer.class,
        cases.referral().getId())).isZero();
  }

  @Test
  void theOpenApiDescriptionNamesTheCaseFileEndpointsForSignedInPeopleOnly() throws Exception {
    JsonNode api = get("dana", "/v3/api-docs");
    assertThat(api.path("paths").has("/api/cases/{caseId}")).isTrue();
    assertThat(api.path("paths").has("/api/students/{districtStudentId}/cases")).isTrue();
    assertThat(api.path("paths").has("/api/tips")).isFalse();
    assertThat(rest.getForEntity("/v3/api-docs", String.class).getStatusCode().value()).isEqualTo(401);
  }
}
