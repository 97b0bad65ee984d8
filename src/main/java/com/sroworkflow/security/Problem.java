package com.sroworkflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;

/**
 * An RFC 9457 problem body ({@code application/problem+json}) for the refusals the servlet filters give
 * before any endpoint runs. {@code type} names the kind of refusal, {@code detail} says it for a person;
 * {@code message} repeats it, as every other error answer of this application has one.
 */
public final class Problem {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Problem() {}

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
    ObjectNode body = JSON.createObjectNode();
    body.put("type", type);
    HttpStatus known = HttpStatus.resolve(status);
    body.put("title", known != null ? known.getReasonPhrase() : "Refused");
    body.put("status", status);
    body.put("detail", detail);
    body.put("message", detail);
    if (field != null) {
      body.put("field", field);
    }
    return body.toString();
  }
}
