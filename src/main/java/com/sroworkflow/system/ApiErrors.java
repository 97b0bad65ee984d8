package com.sroworkflow.system;

import com.sroworkflow.security.Problem;
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
 * The one advice of the application's own controllers (/api, the report pages): refused input answers as
 * the engine APIs do, 400 with an RFC 9457 {@link ProblemDetail}
 * {@code {"type":"InvalidInput","title":...,"status":...,"detail":...,"message":...,"field":...}} (built by
 * {@link Problem}); an unreadable body or a parameter of the wrong type is a 400 too.
 */
@RestControllerAdvice
class ApiErrors {

  @org.springframework.beans.factory.annotation.Value("${sro.documents.max-bytes:10485760}")
  private long maxDocumentBytes;

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
    return problem(HttpStatus.BAD_REQUEST, "InvalidInput", e.getMessage(), e.getField());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> wrongParameter(MethodArgumentTypeMismatchException e) {
    return problem(HttpStatus.BAD_REQUEST, "InvalidInput", "'" + e.getName() + "' does not have the expected form.",
        e.getName());
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<ProblemDetail> status(ResponseStatusException e) {
    String message = e.getReason() != null ? e.getReason() : switch (e.getStatusCode().value()) {
      case 401 -> "Log in first.";
      case 403 -> "You may not do this.";
      case 404 -> "Not found.";
      default -> "The request was refused.";
    };
    HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
    return problem(status != null ? status : HttpStatus.BAD_REQUEST, "Refused", message, null);
  }

  /** A multipart upload (a case's document) past spring.servlet.multipart's limits: nothing was stored. */
  @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> uploadTooLarge(org.springframework.web.multipart.MaxUploadSizeExceededException e) {
    return problem(HttpStatus.PAYLOAD_TOO_LARGE, "DocumentTooLarge", "A document may be at most "
        + maxDocumentBytes / (1024 * 1024) + " MB.", "file");
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    return problem(HttpStatus.BAD_REQUEST, "InvalidRequest", "The request body is not valid JSON of the expected form.",
        null);
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String type, String message,
      String field) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(Problem.of(status, type, message, field));
  }
}
