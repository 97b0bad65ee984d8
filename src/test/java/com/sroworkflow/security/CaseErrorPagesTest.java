package com.sroworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sroworkflow.Http;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.WebappSession;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * The case pages' refusals (issue 17): a browser asking {@code /cases/...}, {@code /students/...},
 * {@code /dashboard} or {@code /calendar} for HTML gets the HTML error page (templates/error.html) with the status
 * and what to do; a script asking for JSON, and every {@code /api} caller, gets the problem body.
 */
@IntegrationTest
class CaseErrorPagesTest {

  @Autowired TestRestTemplate rest;
  @LocalServerPort int port;

  /** Each refusal a browser may meet on the pages: path, status. */
  private static final List<Object[]> REFUSALS = List.of(
      new Object[] {"/cases/no-such-case", 404},
      new Object[] {"/cases/no-such-case/documents", 404},
      new Object[] {"/cases/no-such-case/transfer", 404},
      new Object[] {"/cases/no-such-case/nothing-here", 404},
      new Object[] {"/students/NO-SUCH-ID", 404},
      new Object[] {"/cases?status=bogus", 400},
      new Object[] {"/students?q=" + "x".repeat(300), 400},
      new Object[] {"/cases/no-such-case/", 400},
      new Object[] {"/dashboard/nothing-here", 404},
      new Object[] {"/calendar/nothing-here", 404});

  @Test
  void aBrowserGetsTheErrorPageAScriptTheProblem() throws Exception {
    WebappSession paula = new WebappSession(port, "paula");
    for (Object[] refusal : REFUSALS) {
      String path = (String) refusal[0];
      int status = (Integer) refusal[1];
      HttpResponse<String> page = paula.page(path);
      assertThat(page.statusCode()).as(path + ": " + page.body()).isEqualTo(status);
      assertThat(page.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
      assertThat(page.body()).as(path).contains("<html").contains("id=\"error-detail\"")
          .contains("Error " + status).doesNotContain("\"type\"").doesNotContain("\tat ");

      HttpResponse<String> script = paula.get(path, "application/json");
      assertThat(script.statusCode()).as(path).isEqualTo(status);
      assertThat(script.headers().firstValue("Content-Type").orElse("")).as(path)
          .startsWith("application/problem+json");
      assertThat(script.body()).as(path).contains("\"status\":" + status).contains("\"message\"")
          .doesNotContain("<html");
    }
  }

  @Test
  void aPagePostWithoutItsTokenIsTheForbiddenPage() throws Exception {
    HttpResponse<String> forged = new WebappSession(port, "paula").post("/cases/no-such-case/notes", "text", "Hi.");
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(forged.body()).contains("id=\"error-detail\"").contains("Error 403");
  }

  @Test
  void theApiAnswersJsonWhateverTheCallerAccepts() {
    for (String path : List.of("/api/cases/no-such-case", "/api/students/NO-SUCH-ID/cases",
        "/api/cases?status=bogus")) {
      ResponseEntity<String> answer = Http.as(rest, "paula").get(path);
      assertThat(answer.getStatusCode().value()).as(path).isIn(400, 404);
      assertThat(answer.getBody()).as(path).contains("\"message\"").doesNotContain("<html");
    }
  }
}
