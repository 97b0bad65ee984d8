package com.sroworkflow.system;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * The application's own endpoints (/api) answer refused input as the engine APIs do: 400 with an RFC 9457
 * problem {@code {"type":"InvalidInput","title":...,"status":...,"detail":...,"message":...,"field":...}};
 * an unreadable body or a parameter of the wrong type is a 400 too.
 */
@RestControllerAdvice
class ApiErrors {

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Map<String, Object>> invalid(InvalidInputException e) {
    return problem(HttpStatus.BAD_REQUEST, "InvalidInput", e.getMessage(), e.getField());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, Object>> wrongParameter(MethodArgumentTypeMismatchException e) {
    return problem(HttpStatus.BAD_REQUEST, "InvalidInput", "'" + e.getName() + "' does not have the expected form.",
        e.getName());
  }

  private static ResponseEntity<Map<String, Object>> problem(HttpStatus status, String type, String message,
      String field) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("title", status.getReasonPhrase());
    body.put("status", status.value());
    body.put("detail", message);
    body.put("message", message);
    if (field != null) {
      body.put("field", field);
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<Map<String, Object>> status(ResponseStatusException e) {
    String message = e.getReason() != null ? e.getReason() : switch (e.getStatusCode().value()) {
      case 401 -> "Log in first.";
      case 403 -> "You may not do this.";
      case 404 -> "Not found.";
      default -> "The request was refused.";
    };
    HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
    return problem(status != null ? status : HttpStatus.BAD_REQUEST, "Refused", message, null);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    return problem(HttpStatus.BAD_REQUEST, "InvalidRequest", "The request body is not valid JSON of the expected form.",
        null);
  }
}
