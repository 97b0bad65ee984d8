package com.sroworkflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A person logged in to Tasklist, using the case pages with that session as a browser does. */
public final class WebappSession {

  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final int port;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  public WebappSession(int port, String user) throws Exception {
    this.port = port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
    client.send(request("/camunda/app/tasklist/default/").build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> login = client.send(request("/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf())
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as("webapp login of " + user).isEqualTo(200);
    // as Tasklist does next: reading who is logged in hands the new session its own CSRF token
    client.send(request("/camunda/api/admin/auth/user/default").build(), HttpResponse.BodyHandlers.ofString());
  }

  private String xsrf() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .reduce((first, last) -> last).orElseThrow().getValue();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }

  public HttpResponse<String> page(String path) throws Exception {
    return client.send(request(path).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A read with the session, accepting what the caller names (a script asks for JSON). */
  public HttpResponse<String> get(String path, String accept) throws Exception {
    return client.send(request(path).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The form token of a page the session read. */
  public static String token(String html) {
    Matcher m = TOKEN.matcher(html);
    return m.find() ? m.group(1) : "";
  }

  /**
   * A call of the engine API Tasklist itself calls (/camunda/api/engine/engine/default + path), with the session
   * and its CSRF token; body: JSON or null.
   */
  public HttpResponse<String> engine(String method, String path, String body) throws Exception {
    return json(method, "/camunda/api/engine/engine/default" + path, body);
  }

  /**
   * A JSON call as Tasklist makes it (the session's CSRF token in {@code X-XSRF-TOKEN}), to any path, e.g.
   * {@code POST /camunda/api/engine/engine/default/task/{id}/submit-form} or {@code GET /api/cases}; body: JSON or null.
   */
  public HttpResponse<String> json(String method, String path, String body) throws Exception {
    HttpRequest.Builder call = request(path).header("Accept", "application/json")
        .header("X-XSRF-TOKEN", xsrf()).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      call.header("Content-Type", "application/json");
    }
    return client.send(call.build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> post(String path, String... fields) throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < fields.length; i += 2) {
      body.append(body.length() == 0 ? "" : "&").append(fields[i]).append('=')
          .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
    }
    return client.send(request(path).header("Accept", "text/html")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
  }
}
