package com.sroworkflow.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers a request that needed the directory while it could not be reached with 503 and a problem
 * body, whichever layer met the outage: an exception thrown through the filters (REST Basic login,
 * the webapps' session check), or one that a REST layer already turned into an error response of its
 * own (the webapps' login, the engine REST API), whose buffered answer is then replaced. The request
 * changed nothing: it was refused before or while finding out who is calling, and an engine command
 * that failed rolled back.
 */
class DirectoryOutageFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(DirectoryOutageFilter.class);
  /** The REST layers that turn exceptions into answers of their own; their answers are buffered. */
  private static final List<String> REST = List.of("/camunda/api/", "/engine-rest/", "/api/", "/reports/");

  private final ObjectMapper json;

  DirectoryOutageFilter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    DirectoryUnavailableException.forgetThisRequest();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean buffered = REST.stream().anyMatch(path::startsWith);
    HttpServletResponse target = buffered ? new ContentCachingResponseWrapper(response) : response;
    try {
      chain.doFilter(request, target);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!DirectoryUnavailableException.occurredInThisRequest()) {
        throw e;
      }
    }
    try {
      if (DirectoryUnavailableException.occurredInThisRequest() && !response.isCommitted()) {
        unavailable(response);
      } else if (target instanceof ContentCachingResponseWrapper wrapper) {
        wrapper.copyBodyToResponse();
      }
    } finally {
      DirectoryUnavailableException.forgetThisRequest();
    }
  }

  private void unavailable(HttpServletResponse response) throws IOException {
    LOG.warn("The directory (LDAP) cannot be reached: a request was answered with 503");
    response.reset();
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
        "The district's directory cannot be reached, so nobody can be signed in right now. Nothing already"
            + " submitted is lost. Try again in a few minutes; if it persists, tell your IT office.");
    problem.setTitle("Directory unavailable");
    response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
    response.setHeader("Retry-After", "60");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }
}
