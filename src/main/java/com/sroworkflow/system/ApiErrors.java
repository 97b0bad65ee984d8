package com.sroworkflow.system;

import com.sroworkflow.security.Messages;
import com.sroworkflow.security.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one advice of the application's own controllers (/api, the report and calendar pages): refused input
 * answers as the engine APIs do, 400 with an RFC 9457 {@link ProblemDetail}
 * {@code {"type":"InvalidInput","title":...,"status":...,"detail":...,"message":...,"field":...}} (built by
 * {@link Problem}); an unreadable body or a parameter of the wrong type is a 400 too. The words come from the
 * message bundle (messages.properties). A browser asking a project page for HTML gets the refusal as the HTML
 * error page (templates/error.html) instead of JSON.
 */
@RestControllerAdvice
class ApiErrors {

  @org.springframework.beans.factory.annotation.Value("${sro.documents.max-bytes:10485760}")
  private long maxDocumentBytes;

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidInputException e, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    return problem(request, response, HttpStatus.BAD_REQUEST, "InvalidInput", e.getMessage(), e.getField());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> wrongParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    return problem(request, response, HttpStatus.BAD_REQUEST, "InvalidInput",
        Messages.text("problem.wrong-parameter", e.getName()), e.getName());
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<ProblemDetail> status(ResponseStatusException e, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    String message = e.getReason() != null ? e.getReason() : switch (e.getStatusCode().value()) {
      case 401 -> Messages.text("problem.unauthenticated");
      case 403 -> Messages.text("problem.forbidden");
      case 404 -> Messages.text("problem.not-found");
      default -> Messages.text("problem.refused");
    };
    HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
    return problem(request, response, status != null ? status : HttpStatus.BAD_REQUEST, "Refused", message, null);
  }

  /** A multipart upload (a case's document) past spring.servlet.multipart's limits: nothing was stored. */
  @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> uploadTooLarge(org.springframework.web.multipart.MaxUploadSizeExceededException e,
      HttpServletRequest request, HttpServletResponse response) throws IOException {
    return problem(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "DocumentTooLarge",
        Messages.text("document.too-large", maxDocumentBytes / (1024 * 1024)), "file");
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    return problem(request, response, HttpStatus.BAD_REQUEST, "InvalidRequest", Messages.text("problem.unreadable"),
        null);
  }

  private static ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpServletResponse response,
      HttpStatusCode status, String type, String message, String field) throws IOException {
    if (Problem.wantsPage(request)) {
      Problem.send(request, response, status.value(), type, message, field);
      return null;
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(Problem.of(status, type, message, field));
  }
}
