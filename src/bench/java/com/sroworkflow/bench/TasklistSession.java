package com.sroworkflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A person signed in to Tasklist, calling the engine API as Tasklist does: the session login of the webapp
 * ({@code /camunda/api/admin/auth/user/default/login/tasklist}) with its XSRF token, then
 * {@code /camunda/api/engine/engine/default/...} with the session cookie and the token on every change. Many
 * sessions share one HTTP client; each keeps its own cookies.
 */
final class TasklistSession {

  static final String ENGINE = "/camunda/api/engine/engine/default";
  static final ObjectMapper JSON = new ObjectMapper();

  final String user;
  private final HttpClient http;
  private final String base;
  private final Map<String, String> cookies = new ConcurrentHashMap<>();

  TasklistSession(HttpClient http, String base, String user) throws Exception {
    this.http = http;
    this.base = base;
    this.user = user;
    send(request("/camunda/app/tasklist/default/").GET(), false);
    HttpResponse<String> login = send(request("/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")), true);
    if (login.statusCode() != 200) {
      throw new IllegalStateException("login of " + user + " at " + base + ": " + login.statusCode() + " " + login.body());
    }
    // As Tasklist after its login: the engine list, which gives the new session its XSRF token.
    send(request("/camunda/api/engine/engine/").header("Accept", "application/json").GET(), false);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
  }

  private HttpResponse<String> send(HttpRequest.Builder r, boolean change) throws Exception {
    if (!cookies.isEmpty()) {
      r.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
          .collect(Collectors.joining("; ")));
    }
    if (change && cookies.containsKey("XSRF-TOKEN")) {
      r.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    }
    HttpResponse<String> response = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    for (String c : response.headers().allValues("Set-Cookie")) {
      String pair = c.split(";", 2)[0];
      int eq = pair.indexOf('=');
      if (eq > 0) {
        cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
      }
    }
    return response;
  }

  /** GET of the engine API; anything but 200 is an error. */
  JsonNode get(String path) throws Exception {
    return check(send(request(ENGINE + path).header("Accept", "application/json").GET(), false), path);
  }

  /** POST of JSON to the engine API; 200 or 204 expected. */
  JsonNode post(String path, Object body) throws Exception {
    return post(path, body, "application/json");
  }

  JsonNode post(String path, Object body, String accept) throws Exception {
    return check(send(request(ENGINE + path).header("Content-Type", "application/json").header("Accept", accept)
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), true), path);
  }

  private JsonNode check(HttpResponse<String> r, String path) throws Exception {
    if (r.statusCode() == 204) {
      return JSON.nullNode();
    }
    if (r.statusCode() != 200) {
      throw new HttpFailure(user + " " + path + ": " + r.statusCode() + " " + r.body(), r.statusCode(), r.body());
    }
    return JSON.readTree(r.body());
  }

  /** Form variables as the REST API takes them: {name: {value, type}}. */
  static Map<String, Object> variables(Map<String, ?> values) {
    Map<String, Object> v = new java.util.LinkedHashMap<>();
    values.forEach((k, value) -> {
      String type = value instanceof Boolean ? "Boolean" : value instanceof Long ? "Long"
          : value instanceof Integer ? "Integer" : value instanceof List<?> ? "Json" : "String";
      Object val = value instanceof List<?> ? json(value) : value;
      v.put(k, Map.of("value", val, "type", type));
    });
    return Map.of("variables", v);
  }

  private static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static final class HttpFailure extends RuntimeException {
    final int status;
    final String body;

    HttpFailure(String message, int status, String body) {
      super(message);
      this.status = status;
      this.body = body;
    }
  }
}
