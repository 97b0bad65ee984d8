package com.sroworkflow.security;

import static com.sroworkflow.security.Hostile.MOUNTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.sroworkflow.IntegrationTest;
import com.sroworkflow.system.Html;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Free text (issue 14, item 6) is stored exactly as typed, markup included, and encoded where it is written
 * out; NUL and control characters other than newline and tab are refused with 400 naming the field, and
 * nothing is stored. Through both mounts and the application's own API.
 */
@IntegrationTest
class TextHostileTest {

  private static final List<String> MARKUP = List.of("<svg/onload=alert(1)>", "<img src=x onerror=alert(1)>",
      "&#106;avascript:alert(1)", "${execution.setVariable('x', 1)}", "a < b & c > d");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;

  private Hostile hostile;
  private Task acknowledge;
  private ProcessInstance lhsCase;

  @BeforeEach
  void setUp() {
    hostile = new Hostile(port, jdbc);
    lhsCase = Hostile.lhsCase(runtime, identity);
    acknowledge = Hostile.task(tasks, lhsCase, "AcknowledgeReferral");
  }

  @AfterEach
  void removeSchool() {
    jdbc.update("delete from school where code = 'XSS'");
  }

  @Test
  void controlCharactersAreRefusedNamingTheField() {
    for (String mount : MOUNTS) {
      for (String text : List.of("Seen\u0000", "Seen\u0007", "Seen\u001b[2J", "Seen\r\u0000", "\u0085")) {
        Hostile.Answer[] answer = new Hostile.Answer[1];
        hostile.refused("paula " + mount + " " + text.codePoints().boxed().toList(), () -> answer[0] = hostile.post(
            "paula", mount + "/task/" + acknowledge.getId() + "/submit-form",
            Hostile.variables(Map.of("acknowledgementComment", text))), 400);
        assertThat(answer[0].json().path("field").asText()).isEqualTo("acknowledgementComment");
        assertThat(answer[0].json().path("message").asText()).contains("control character");
      }
      Map<String, Object> referral = new LinkedHashMap<>(Hostile.lhsReferralBySally());
      referral.put("reason", "Missed eleven days\u0000 this term.");
      hostile.refused("sally starts with NUL " + mount, () -> hostile.post("sally",
          mount + "/process-definition/key/studentReferral/start", Hostile.variables(referral)), 400);
    }
    hostile.refused("admin registers a school with NUL", () -> hostile.post("admin", "/api/schools",
        "{\"code\": \"XSS\", \"name\": \"X\\u0000\", \"level\": \"HIGH\"}"), 400);
    assertThat(tasks.createTaskQuery().taskId(acknowledge.getId()).count()).isEqualTo(1);
  }

  @Test
  void markupIsStoredAsTypedThroughBothMounts() {
    for (int i = 0; i < MARKUP.size(); i++) {
      String text = MARKUP.get(i);
      String mount = MOUNTS.get(i % 2);
      ProcessInstance pi = Hostile.lhsCase(runtime, identity);
      Task task = Hostile.task(tasks, pi, "AcknowledgeReferral");
      Hostile.Answer answer = hostile.post("paula", mount + "/task/" + task.getId() + "/submit-form",
          Hostile.variables(Map.of("acknowledgementComment", "Seen. " + text + "\n\tNext line.")));
      assertThat(answer.status()).as(mount + " " + text + ": " + answer.body()).isEqualTo(204);
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
          .variableName("acknowledgementComment").singleResult().getValue())
          .isEqualTo("Seen. " + text + "\n\tNext line.");
    }
  }

  @Test
  void markupIsEncodedWhereTheApplicationWritesHtml() {
    Hostile.Answer school = hostile.post("admin", "/api/schools",
        "{\"code\": \"XSS\", \"name\": \"<svg/onload=alert(1)> & Co\", \"level\": \"HIGH\"}");
    assertThat(school.status()).as(school.body()).isEqualTo(201);
    assertThat(school.json().path("name").asText()).isEqualTo("<svg/onload=alert(1)> & Co");
    for (String text : MARKUP) {
      assertThat(Html.text(text)).doesNotContain("<").doesNotContain(">");
    }
    assertThat(Html.text("<svg/onload=alert(1)> & \"Co\"")).isEqualTo("&lt;svg/onload=alert(1)&gt; &amp; &#34;Co&#34;");
  }
}
