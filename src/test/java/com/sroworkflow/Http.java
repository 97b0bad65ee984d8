package com.sroworkflow;

import java.nio.charset.StandardCharsets;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** HTTP calls to the running test application as a given person (password demo), or anonymously. */
public final class Http {

  private final TestRestTemplate rest;
  private final String user;
  private final String password;

  private Http(TestRestTemplate rest, String user, String password) {
    this.rest = rest;
    this.user = user;
    this.password = password;
  }

  public static Http as(TestRestTemplate rest, String user) {
    return new Http(rest, user, "demo");
  }

  public static Http as(TestRestTemplate rest, String user, String password) {
    return new Http(rest, user, password);
  }

  public static Http anonymous(TestRestTemplate rest) {
    return new Http(rest, null, null);
  }

  public ResponseEntity<String> get(String path) {
    return exchange(HttpMethod.GET, path, null);
  }

  public ResponseEntity<String> post(String path, String json) {
    return exchange(HttpMethod.POST, path, json);
  }

  public ResponseEntity<String> exchange(HttpMethod method, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    if (user != null) {
      headers.setBasicAuth(user, password, StandardCharsets.UTF_8);
    }
    if (json != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    return rest.exchange(path, method, new HttpEntity<>(json, headers), String.class);
  }
}
