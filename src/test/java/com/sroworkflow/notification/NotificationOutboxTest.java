package com.sroworkflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.sroworkflow.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The outbox is readable by administrators, over HTTP Basic or their Cockpit session, and by nobody else. */
@IntegrationTest
class NotificationOutboxTest {

  @Autowired TestRestTemplate rest;
  @Autowired Notifications notifications;
  @Autowired PlatformTransactionManager transactions;

  private ResponseEntity<String> get(String path, HttpHeaders headers) {
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private static HttpHeaders basic(String user, String password) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, password, StandardCharsets.UTF_8);
    return headers;
  }

  @Test
  void anAdministratorReadsTheNewestNotificationsFirst() {
    Notification written = new TransactionTemplate(transactions).execute(status -> notifications.write("paula",
        "Outbox probe", "Written by the outbox test.", "http://localhost:8080/probe", "probe-1", null));

    ResponseEntity<List> response = rest.exchange("/api/notifications?limit=5", HttpMethod.GET,
        new HttpEntity<>(basic("admin", "demo")), List.class);

    assertThat(response.getStatusCode().value()).isEqualTo(200);
    assertThat(response.getBody()).hasSizeBetween(1, 5);
    assertThat((Map<String, Object>) response.getBody().get(0))
        .containsEntry("id", written.getId().intValue())
        .containsEntry("recipient", "paula")
        .containsEntry("recipientEmail", "paula@sro.example")
        .containsEntry("subject", "Outbox probe")
        .containsEntry("body", "Written by the outbox test.")
        .containsEntry("link", "http://localhost:8080/probe")
        .containsEntry("status", "PENDING");
  }

  @Test
  void nobodyElseReadsIt() {
    ResponseEntity<String> anonymous = get("/api/notifications", new HttpHeaders());
    assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
    assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    // A wrong password for a real account would hold that account's next logins back (login throttling).
    assertThat(get("/api/notifications", basic("nobody", "demo")).getStatusCode().value()).isEqualTo(401);
    assertThat(get("/api/notifications", basic("sally", "demo")).getStatusCode().value()).isEqualTo(403);
    assertThat(get("/api/notifications", basic("dana", "demo")).getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void aLimitOutsideItsRangeIsRefused() {
    assertThat(get("/api/notifications?limit=0", basic("admin", "demo")).getStatusCode().value()).isEqualTo(400);
    assertThat(get("/api/notifications?limit=100000", basic("admin", "demo")).getStatusCode().value()).isEqualTo(400);
  }

  @Test
  void anAdministratorLoggedInToTheWebappsReadsItWithTheSession() {
    // The Camunda webapps hand out a CSRF token on a page load and expect it back on the login.
    ResponseEntity<String> page = get("/camunda/app/cockpit/default/", new HttpHeaders());
    String csrf = page.getHeaders().getFirst("X-XSRF-TOKEN");
    String cookies = String.join("; ", page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
        .map(c -> c.split(";", 2)[0]).toList());
    HttpHeaders login = new HttpHeaders();
    login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    login.set("X-XSRF-TOKEN", csrf);
    login.set(HttpHeaders.COOKIE, cookies);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", "admin");
    form.add("password", "demo");
    ResponseEntity<String> loggedIn = rest.exchange("/camunda/api/admin/auth/user/default/login/cockpit",
        HttpMethod.POST, new HttpEntity<>(form, login), String.class);
    assertThat(loggedIn.getStatusCode().value()).as(loggedIn.getBody()).isEqualTo(200);
    String session = loggedIn.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
        .filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.split(";", 2)[0]).findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie after login: " + loggedIn.getHeaders()));

    HttpHeaders withSession = new HttpHeaders();
    withSession.set(HttpHeaders.COOKIE, session);
    assertThat(get("/api/notifications", withSession).getStatusCode().value()).isEqualTo(200);
  }
}
