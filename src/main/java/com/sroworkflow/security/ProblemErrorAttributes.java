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
    Object given = request.getAttribute(Problem.DETAIL, WebRequest.SCOPE_REQUEST);
    String detail = given instanceof String words ? words : switch (status) {
      case 401 -> Messages.text("problem.unauthenticated");
      case 403 -> Messages.text("problem.error-page.forbidden");
      case 404 -> Messages.text("problem.error-page.not-found");
      case 405 -> Messages.text("problem.error-page.method");
      default -> status < 500 ? Messages.text("problem.error-page.refused", title)
          : Messages.text("problem.error-page.server");
    };
    Map<String, Object> problem = Problem.fields(Problem.of(status, title.replace(" ", ""), detail, null));
    // the path as the container saw it: not always a valid URI, so not ProblemDetail's instance
    problem.put("instance", defaults.get("path"));
    return problem;
  }
}
