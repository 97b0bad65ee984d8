package com.sroworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sroworkflow.referral.ReferralTestData;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the hostile test classes share: calls as a person through the engine REST API (HTTP Basic) or the
 * webapps' engine API (their login session and CSRF token), paths sent exactly as written, the state of the
 * whole database to compare before and after, and the refusal every probe must get (a 4xx problem body with
 * a message, no stack trace).
 */
final class Hostile {

  static final ObjectMapper JSON = new ObjectMapper();
  /** The two mounts of the engine API: for API clients, and as Tasklist and Cockpit call it. */
  static final String REST = "/engine-rest";
  static final String WEBAPP = "/camunda/api/engine/engine/default";
  static final List<String> MOUNTS = List.of(REST, WEBAPP);

  /** An HTTP call of a probe, made with java.net.http (a session's page or upload, say). */
  interface Call {
    HttpResponse<String> send() throws Exception;
  }

  /** The answer of such a call, as the probes compare it. */
  static Answer answer(Call call) {
    try {
      HttpResponse<String> r = call.send();
      return new Answer(r.statusCode(), r.body(), r.headers().map());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  record Answer(int status, String body, Map<String, List<String>> headers) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (Exception e) {
        return JSON.createObjectNode();
      }
    }
  }

  private final int port;
  private final JdbcTemplate jdbc;
  private final HttpClient anonymous = HttpClient.newHttpClient();
  private final Map<String, Session> sessions = new HashMap<>();
  /** The state the last probe found and left unchanged, or null: see {@link #refused}. */
  private Map<String, String> unchanged;

  Hostile(int port, JdbcTemplate jdbc) {
    this.port = port;
    this.jdbc = jdbc;
  }

  private record Session(HttpClient client, CookieManager cookies) {

    String csrf() {
      return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
          .reduce((first, last) -> last).orElseThrow().getValue();
    }
  }

  /** A call as the user: HTTP Basic, or their webapp session for paths under /camunda. */
  Answer call(String user, String method, String path, String body) {
    return call(user, method, path, body, "application/json");
  }

  /** A form post of a page (the case file's), with the session's CSRF token. */
  Answer form(String user, String path, String body) {
    return call(user, "POST", path, body, "application/x-www-form-urlencoded");
  }

  /**
   * A call as the user with a body of the type: the case file's pages ({@code /cases}, {@code /students}) with
   * their webapp session and, for a post, the CSRF token its pages carry.
   */
  Answer call(String user, String method, String path, String body, String contentType) {
    return call(user, method, path, body, contentType, true);
  }

  /** A page's form post as the user's session sends it, with or without the page's CSRF token. */
  Answer call(String user, String method, String path, String body, String contentType, boolean withPageToken) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
          .header("Accept", "application/json");
      if (body != null) {
        request.header("Content-Type", contentType);
      }
      HttpClient client = anonymous;
      if (user != null && (path.startsWith("/cases") || path.startsWith("/students"))) {
        Session session = session(user);
        client = session.client();
        if (!"GET".equals(method) && withPageToken) {
          request.header("X-CSRF-TOKEN", pageCsrf(user, session));
        }
      } else if (user != null && path.startsWith("/camunda/")) {
        Session session = session(user);
        client = session.client();
        request.header("X-XSRF-TOKEN", session.csrf());
      } else if (user != null) {
        request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (user + ":demo").getBytes(StandardCharsets.UTF_8)));
      }
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(), response.headers().map());
    } catch (Exception e) {
      throw new IllegalStateException(method + " " + path, e);
    }
  }

  /** A form POST (application/x-www-form-urlencoded) with the user's webapp login session, as a project page sends it. */
  Answer formWithSession(String user, String path, String form) {
    try {
      HttpResponse<String> response = session(user).client().send(HttpRequest.newBuilder(
              URI.create("http://localhost:" + port + path))
          .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build(),
          HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body(), response.headers().map());
    } catch (Exception e) {
      throw new IllegalStateException("POST " + path, e);
    }
  }

  Answer get(String user, String path) {
    return call(user, "GET", path, null);
  }

  Answer post(String user, String path, String body) {
    return call(user, "POST", path, body);
  }

  private final Map<String, String> pageTokens = new HashMap<>();

  /** The CSRF token of the user's session as the case file's pages carry it. */
  private String pageCsrf(String user, Session session) throws Exception {
    String known = pageTokens.get(user);
    if (known != null) {
      return known;
    }
    String page = session.client().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/students"))
        .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString()).body();
    java.util.regex.Matcher token = java.util.regex.Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"")
        .matcher(page);
    assertThat(token.find()).as("the pages carry the session's CSRF token").isTrue();
    pageTokens.put(user, token.group(1));
    return token.group(1);
  }

  private Session session(String user) throws Exception {
    Session existing = sessions.get(user);
    if (existing != null) {
      return existing;
    }
    CookieManager cookies = new CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    Session session = new Session(client, cookies);
    client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/"))
        .build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", session.csrf())
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as("webapp login of " + user).isEqualTo(200);
    // the login starts a new session; its first read hands out the session's CSRF token
    client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/api/admin/auth/user/default"))
        .build(), HttpResponse.BodyHandlers.ofString());
    sessions.put(user, session);
    return session;
  }

  /**
   * The state of the database: every table's rows (the engine's metrics aside, which it writes on its own
   * schedule), digested table by table, so any insert, update or delete shows and names its table.
   */
  Map<String, String> state() {
    try {
      Map<String, String> state = new java.util.TreeMap<>();
      for (String table : jdbc.queryForList("select table_name from information_schema.tables"
          + " where lower(table_schema) = 'public' and table_type = 'BASE TABLE' order by table_name", String.class)) {
        String name = table.toLowerCase();
        if (name.endsWith("meter_log") || name.startsWith("flyway")) {
          continue;
        }
        String query = name.equals("act_ge_bytearray")
            ? "select id_, rev_ from \"" + table + "\" where deployment_id_ is null order by id_"
            : "select * from \"" + table + "\"";
        List<String> rows = jdbc.queryForList(query).stream().map(Hostile::row).sorted().toList();
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        state.put(name, HexFormat.of().formatHex(digest.digest(rows.toString().getBytes(StandardCharsets.UTF_8))));
      }
      return state;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A row as text, binary columns by their content (a byte array's own toString is its identity), each value after
   * its length, so that no value reads like another (a null like the text "null", or text moved to the next column).
   */
  private static String row(Map<String, Object> row) {
    StringBuilder text = new StringBuilder();
    row.forEach((column, value) -> {
      text.append(column.toLowerCase());
      if (value != null) {
        String shown = value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(value);
        text.append('=').append(shown.length()).append(':').append(shown);
      }
      text.append(';');
    });
    return text.toString();
  }

  /** A 4xx of the given statuses with a problem body: a message, no stack trace. */
  static void assertRefused(String what, Answer answer, Integer... statuses) {
    assertThat(answer.status()).as(what + ": " + answer.body()).isIn((Object[]) statuses);
    if (page(answer)) {
      // a browser's page request: the HTML error page (templates/error.html), with its words and the status
      assertThat(answer.body()).as(what).contains("id=\"error-detail\"").contains("Error " + answer.status());
    } else {
      assertThat(answer.body()).as(what).contains("\"message\"");
    }
    assertThat(answer.body()).as(what).doesNotContain("\tat ").doesNotContain("at org.").doesNotContain("at com.");
  }

  /** Whether the answer is an HTML page (the error page a browser's page request gets). */
  static boolean page(Answer answer) {
    return answer.headers() != null && answer.headers().getOrDefault("content-type", List.of()).stream()
        .anyMatch(type -> type.startsWith("text/html"));
  }

  /**
   * Sends the call and asserts the refusal and that the database is exactly as before. Probes in a row share
   * their states: the state a probe left (checked equal to its state before) is the next probe's state before, so
   * each probe reads the database once, not twice (the hostile tests send hundreds). Every probe in the row is
   * thereby compared with the state before the first: anything changed between two probes fails the next one.
   */
  void refused(String what, Supplier<Answer> call, Integer... statuses) {
    Map<String, String> before = unchanged != null ? unchanged : state();
    unchanged = null;
    Answer answer = call.get();
    assertRefused(what, answer, statuses);
    assertUnchanged(what, before);
    unchanged = before;
  }

  /** The tables whose rows differ from before: none. */
  void assertUnchanged(String what, Map<String, String> before) {
    Map<String, String> after = state();
    assertThat(after.keySet().stream().filter(table -> !after.get(table).equals(before.get(table))).toList())
        .as(what + ": tables changed").isEmpty();
  }

  static String variables(Map<String, Object> values) {
    ObjectNode variables = JSON.createObjectNode();
    values.forEach((k, v) -> variables.set(k, JSON.createObjectNode().putPOJO("value", v)));
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", variables);
    return body.toString();
  }

  static Map<String, Object> lhsReferralBySally() {
    Map<String, Object> v = new LinkedHashMap<>(ReferralTestData.lhsReferral());
    v.remove("referringUser");
    return v;
  }

  /** An LHS referral, started by its SRO, waiting at the principal's acknowledgement. */
  static ProcessInstance lhsCase(RuntimeService runtime, IdentityService identity) {
    identity.setAuthentication("sally", List.of("sro"), List.of("LHS"));
    try {
      return runtime.startProcessInstanceByKey("studentReferral", ReferralTestData.lhsReferral());
    } finally {
      identity.clearAuthentication();
    }
  }

  static ProcessInstance wmsCase(RuntimeService runtime, IdentityService identity) {
    identity.setAuthentication("steve", List.of("sro"), List.of("WMS"));
    try {
      return runtime.startProcessInstanceByKey("studentReferral", ReferralTestData.wmsReferral());
    } finally {
      identity.clearAuthentication();
    }
  }

  static Task task(TaskService tasks, ProcessInstance pi, String key) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }
}
