package com.sroworkflow.tip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sroworkflow.Http;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.school.SchoolCalendar;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The tip endpoints open a way in and no way out: without login they take a tip and nothing else;
 * nothing, not even with a login, reads, lists, changes or deletes a tip through them; a path that
 * merely resembles {@code POST /api/tips} needs a login; the tip page refuses a post that did not come
 * from its own form. Each refusal also checks that nothing was stored or changed.
 */
@IntegrationTest
class TipHostileTest {

  private static final String SAID = "Threatened to stab a teammate after practice.";

  @Autowired TestRestTemplate rest;
  @Autowired TipRepository tips;
  @Autowired Tips service;
  @Autowired SchoolCalendar calendar;
  @Autowired TipCases cases;
  @Autowired ObjectMapper json;

  private Tip existing;

  @BeforeEach
  void aTipExists() {
    cases.prepare();
    existing = service.submit(new NewTip("LHS", SAID, calendar.today().toString(), null, null, "Riley Stone", "9",
        "Jordan Avery", "jordan@example.org"));
  }


  @Test
  void noOneReadsListsChangesOrDeletesATipThroughTheTipEndpoints() {
    List<String> paths = List.of("/api/tips", "/api/tips/" + existing.getId(), "/api/tips/" + existing.getReceipt(),
        "/api/tips?receipt=" + existing.getReceipt(), "/tip/" + existing.getId(), "/tip/" + existing.getReceipt(),
        "/tip?receipt=" + existing.getReceipt() + "&id=" + existing.getId());
    for (Http caller : List.of(Http.anonymous(rest), Http.as(rest, "admin"), Http.as(rest, "paula"))) {
      for (String path : paths) {
        for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
          ResponseEntity<String> answer = caller.exchange(method, path, method == HttpMethod.GET ? null : "{}");
          String call = method + " " + path + ": " + answer.getStatusCode();
          if (method == HttpMethod.GET && path.startsWith("/tip?")) {
            assertThat(answer.getStatusCode().value()).as(call).isEqualTo(200); // the empty form
          } else {
            assertThat(answer.getStatusCode().value()).as(call).isIn(401, 403, 404, 405);
          }
          assertThat(String.valueOf(answer.getBody())).as(call).doesNotContain("stab").doesNotContain("Riley")
              .doesNotContain("Jordan").doesNotContain("jordan@example.org");
        }
      }
    }
    Tip after = tips.findById(existing.getId()).orElseThrow();
    assertThat(after.getThreatBehaviour()).isEqualTo(SAID);
    assertThat(after.getReporterContact()).isEqualTo("jordan@example.org");
  }

  @Test
  void onlyExactlyPostApiTipsIsOpenWithoutLogin() throws Exception {
    String tip = json.writeValueAsString(Map.of("schoolCode", "LHS", "threatBehaviour", SAID,
        "incidentDate", calendar.today().toString()));
    long before = tips.count();

    for (String path : List.of("/api/tips/", "/api/tips;jsessionid=x", "/api/tips/.", "/api/tips%2F", "/api//tips",
        "/api/tips/1", "/api/./tips")) {
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      ResponseEntity<String> answer = rest.exchange(
          new RequestEntity<>(tip, headers, HttpMethod.POST, URI.create(rest.getRootUri() + path)), String.class);
      assertThat(answer.getStatusCode().value()).as("POST " + path).isIn(400, 401, 403, 404);
    }
    assertThat(tips.count()).isEqualTo(before);
  }

  @Test
  void theTipPageRefusesAPostThatDidNotComeFromItsOwnFormAndStoresNothing() {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("schoolCode", "LHS");
    form.add("threatBehaviour", "A forged tip from another site.");
    form.add("incidentDate", calendar.today().toString());
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    long before = tips.count();

    ResponseEntity<String> noToken = rest.postForEntity("/tip", new HttpEntity<>(form, headers), String.class);
    form.add("formToken", "guessed");
    ResponseEntity<String> wrongToken = rest.postForEntity("/tip", new HttpEntity<>(form, headers), String.class);

    for (ResponseEntity<String> answer : List.of(noToken, wrongToken)) {
      assertThat(answer.getStatusCode().value()).isEqualTo(403);
      assertThat(answer.getBody()).contains("Nothing was sent").doesNotContain("A forged tip");
    }
    assertThat(tips.count()).isEqualTo(before);
  }
}
