package com.sroworkflow.system;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/**
 * The application's own endpoints (/api) answer refused input as the engine APIs do: 400 with
 * {@code {"type":"InvalidInput","field":...,"message":...}}; an unreadable body is a 400 too.
 */
@RestControllerAdvice
class ApiErrors {

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Map<String, Object>> invalid(InvalidInputException e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "InvalidInput");
    body.put("message", e.getMessage());
    if (e.getField() != null) {
      body.put("field", e.getField());
    }
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(body);
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<Map<String, Object>> status(ResponseStatusException e) {
    String message = e.getReason() != null ? e.getReason() : switch (e.getStatusCode().value()) {
      case 401 -> "Log in first.";
      case 403 -> "You may not do this.";
      case 404 -> "Not found.";
      default -> "The request was refused.";
    };
    return ResponseEntity.status(e.getStatusCode()).body(Map.of("type", "Refused", "message", message));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("type", "InvalidRequest",
        "message", "The request body is not valid JSON of the expected form."));
  }
}
