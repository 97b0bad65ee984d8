package com.sroworkflow.security;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The answer of the server's error page (what a servlet filter of the webapps or the container refuses with
 * sendError, e.g. a missing CSRF token) as an RFC 9457 problem: type, title, status, detail, and the
 * {@code message} every error answer of this application has. The detail is the status's own words: no
 * exception message or stack trace reaches the caller.
 */
@Component
class ProblemErrorAttributes extends DefaultErrorAttributes {

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
    Map<String, Object> defaults = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
    int status = defaults.get("status") instanceof Integer code ? code : 500;
    HttpStatus known = HttpStatus.resolve(status);
    String title = known != null ? known.getReasonPhrase() : "Error";
    String detail = switch (status) {
      case 401 -> "Log in first.";
      case 403 -> "This is not open to you (or the page's security token is missing).";
      case 404 -> "There is nothing here.";
      case 405 -> "This method is not allowed here.";
      default -> status < 500 ? "The request was refused: " + title + "." : "The server could not answer.";
    };
    Map<String, Object> problem = Problem.fields(Problem.of(status, title.replace(" ", ""), detail, null));
    // the path as the container saw it: not always a valid URI, so not ProblemDetail's instance
    problem.put("instance", defaults.get("path"));
    return problem;
  }
}
