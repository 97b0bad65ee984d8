package com.sroworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sroworkflow.IntegrationTest;
import com.sroworkflow.NotOnPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.CookieManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Camunda webapps keep their protections: security headers on every page, and no change through
 * their API without the CSRF token a page of the application itself would send.
 */
@IntegrationTest
@NotOnPostgres("the webapps' HTTP headers and CSRF check, answered before any query")
class WebappSecurityTest {

  @LocalServerPort int port;

  private final CookieManager cookies = new CookieManager();
  private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private String csrfToken() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .findFirst().orElseThrow().getValue();
  }

  @Test
  void pagesCarrySecurityHeaders() throws Exception {
    HttpResponse<String> page = send(HttpRequest.newBuilder(url("/camunda/app/tasklist/default/")));
    assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
        .contains("frame-ancestors 'none'").contains("object-src 'none'");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID") && c.contains("HttpOnly"));
  }

  /**
   * A browser whose session lapsed is sent to the login page (a page) or told to log in again (the webapps'
   * requests), never asked for Basic credentials, which would open the browser's own login dialog; API
   * clients are.
   */
  @Test
  void aLapsedBrowserSessionLeadsToTheLoginPageNotABasicAuthDialog() throws Exception {
    HttpResponse<String> page = send(HttpRequest.newBuilder(url("/reports/quarterly")).header("Accept", "text/html"));
    assertThat(page.statusCode()).isEqualTo(302);
    // to the Tasklist login, which sends the person back to the page afterwards (tasklist/scripts/return-after-login.js)
    assertThat(page.headers().firstValue("Location")).get().asString()
        .endsWith("/camunda/app/tasklist/default/?returnTo=%2Freports%2Fquarterly");
    HttpResponse<String> calendarPage = send(HttpRequest.newBuilder(url("/calendar?year=1")).header("Accept", "text/html"));
    assertThat(calendarPage.statusCode()).isEqualTo(302);
    assertThat(calendarPage.headers().firstValue("Location")).get().asString()
        .endsWith("/camunda/app/tasklist/default/?returnTo=%2Fcalendar%3Fyear%3D1");
    assertThat(page.headers().firstValue("WWW-Authenticate")).isEmpty();
    for (String path : List.of("/api/notifications", "/camunda/api/engine/engine/default/task",
        "/camunda/api/engine/engine/default/filter/count")) {
      HttpResponse<String> xhr = send(HttpRequest.newBuilder(url(path)).header("Accept", "application/json")
          .header("X-Requested-With", "XMLHttpRequest"));
      assertThat(xhr.statusCode()).as(path).isEqualTo(401);
      assertThat(xhr.headers().firstValue("WWW-Authenticate")).as(path).isEmpty();
      assertThat(xhr.body()).as(path).contains("\"message\"");
    }
    HttpResponse<String> client = send(HttpRequest.newBuilder(url("/engine-rest/task")).header("Accept",
        "application/json"));
    assertThat(client.statusCode()).isEqualTo(401);
    assertThat(client.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Basic");
  }

  @Test
  void noLoginAndNoChangeWithoutTheCsrfToken() throws Exception {
    send(HttpRequest.newBuilder(url("/camunda/app/tasklist/default/")));
    HttpRequest.Builder login = HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=paula&password=demo"));
    assertThat(send(login).statusCode()).as("login without the token").isEqualTo(403);
    send(HttpRequest.newBuilder(url("/camunda/app/tasklist/default/")));
    assertThat(send(login.copy().header("X-XSRF-TOKEN", csrfToken())).statusCode()).isEqualTo(200);

    HttpRequest.Builder claim = HttpRequest.newBuilder(url("/camunda/api/engine/engine/default/task/no-such-task/claim"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"userId\": \"paula\"}"));
    assertThat(send(claim).statusCode()).as("a change without the token").isEqualTo(403);
    assertThat(send(claim.copy().header("X-XSRF-TOKEN", csrfToken())).statusCode())
        .as("with the token the request gets past the CSRF check").isNotEqualTo(403);
  }
}
