package com.sroworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sroworkflow.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's two rows of the allow-list (issue 17.6): no login, no figures (an API call gets 401, a
 * browser the login page); only GET; no path variant; and a school's numbers never reach another school's
 * principal, whichever way they ask. Nothing is read into the answer or changed by a refused probe.
 */
@IntegrationTest
class DashboardHostileTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;

  private Hostile hostile;

  @BeforeEach
  void anLhsCase() {
    hostile = new Hostile(port, jdbc);
    Hostile.lhsCase(runtime, identity);
  }

  @Test
  void withoutALoginThereAreNoFigures() throws Exception {
    hostile.refused("anonymous /api/dashboard", () -> hostile.get(null, "/api/dashboard"), 401);
    Hostile.assertRefused("anonymous /dashboard", hostile.get(null, "/dashboard"), 401);
    HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + "/dashboard")).header("Accept", "text/html").build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).as("a browser goes to the login page").isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElse("")).contains("/camunda/app/tasklist/");
    assertThat(page.body()).doesNotContain("Lincoln High School");
  }

  /**
   * The writes are probed with the database compared before and after; the GET variants, refused before
   * anything routes them, with their answer alone (each full comparison reads every table: the suite's time).
   */
  @Test
  void onlyGetAndOnlyTheCanonicalPaths() {
    hostile.refused("peter POST /api/dashboard", () -> hostile.post("peter", "/api/dashboard", "{}"), 404, 405);
    Hostile.assertRefused("peter DELETE /dashboard", hostile.call("peter", "DELETE", "/dashboard", null), 404, 405);
    for (String path : List.of("/api/dashboard", "/dashboard")) {
      for (String variant : List.of(path + "/", path + ";x=1", path + "/.", path + "%2F", path + "/%2e",
          path + "/../dashboard", path.replace("/dashboard", "//dashboard"))) {
        Hostile.assertRefused("peter " + variant, hostile.get("peter", variant), 400);
      }
    }
    for (String other : List.of("/dashboard/LHS", "/api/dashboard/LHS", "/api/dashboard/schools/LHS")) {
      Hostile.assertRefused("peter " + other, hostile.get("peter", other), 404);
    }
  }

  @Test
  void anotherSchoolsPrincipalNeverSeesItsNumbers() {
    for (String path : List.of("/api/dashboard", "/dashboard", "/api/dashboard?school=LHS", "/dashboard?school=LHS",
        "/api/dashboard?tenantId=LHS")) {
      Hostile.Answer answer = hostile.get("peter", path);
      assertThat(answer.status()).as(path).isEqualTo(200);
      assertThat(answer.body()).as(path).doesNotContain("LHS").doesNotContain("Lincoln");
    }
  }
}
