package com.sroworkflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Every error answer of this application is an RFC 9457 problem ({@code application/problem+json}) built
 * here as Spring's {@link ProblemDetail}: {@code type} names the kind of refusal (a relative URI such as
 * {@code InvalidInput}), {@code title} is the status's reason phrase, {@code detail} says it for a person;
 * {@code message} repeats the detail and {@code field} names the refused field, which tests and Tasklist
 * read. Spring MVC writes a ProblemDetail itself (system.ApiErrors); the engine's JAX-RS REST, the servlet
 * filters and the container's error page write its {@link #fields} as JSON. A browser asking one of the project's
 * pages ({@code /reports}, {@code /calendar}, {@code /tip}, {@code /cases}, {@code /students},
 * {@code /dashboard}) for HTML gets the same refusal as an HTML page instead
 * (templates/error.html, through the server's error page): {@link #wantsPage}, {@link #send}.
 */
public final class Problem {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The request attribute that carries a refusal's words to the error page ({@link ProblemErrorAttributes}). */
  static final String DETAIL = Problem.class.getName() + ".detail";

  private static final java.util.List<String> PAGES = java.util.List.of("/reports", "/calendar", "/tip", "/cases",
      "/students", "/dashboard");

  private Problem() {}

  /** Whether the caller is a browser asking a project page for HTML (not an XHR, not an API path). */
  public static boolean wantsPage(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return accept != null && accept.contains("text/html") && !"XMLHttpRequest".equals(request.getHeader(
        "X-Requested-With")) && PAGES.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
  }

  /**
   * The refusal as the caller takes it: an HTML error page for a browser's page request (the container's error
   * page renders templates/error.html with these words), the problem JSON otherwise.
   */
  public static void send(HttpServletRequest request, HttpServletResponse response, int status, String type,
      String detail, String field) throws IOException {
    if (wantsPage(request) && !response.isCommitted()) {
      request.setAttribute(DETAIL, detail);
      response.sendError(status);
      return;
    }
    write(response, status, type, detail, field);
  }

  public static ProblemDetail of(HttpStatusCode status, String type, String detail, String field) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(type));
    HttpStatus known = HttpStatus.resolve(status.value());
    problem.setTitle(known != null ? known.getReasonPhrase() : "Refused");
    problem.setProperty("message", detail);
    if (field != null) {
      problem.setProperty("field", field);
    }
    return problem;
  }

  public static ProblemDetail of(int status, String type, String detail, String field) {
    return of(HttpStatusCode.valueOf(status), type, detail, field);
  }

  /** The problem as the JSON object's fields, in the order RFC 9457 lists them, then the extra ones. */
  public static Map<String, Object> fields(ProblemDetail problem) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("type", problem.getType().toString());
    fields.put("title", problem.getTitle());
    fields.put("status", problem.getStatus());
    fields.put("detail", problem.getDetail());
    if (problem.getInstance() != null) {
      fields.put("instance", problem.getInstance().toString());
    }
    if (problem.getProperties() != null) {
      fields.putAll(problem.getProperties());
    }
    return fields;
  }

  public static void write(HttpServletResponse response, int status, String type, String detail, String field)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(body(status, type, detail, field));
    response.flushBuffer();
  }

  public static String body(int status, String type, String detail, String field) {
    try {
      return JSON.writeValueAsString(fields(of(status, type, detail, field)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
