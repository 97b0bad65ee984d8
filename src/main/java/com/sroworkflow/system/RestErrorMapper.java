package com.sroworkflow.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Gives REST callers the status their request deserves. Camunda answers any exception raised by a
 * listener with 500; a refused input is the caller's mistake (400) and a lost race with another
 * user is a conflict (409). Everything else keeps Camunda's own answer.
 */
@Priority(1)
public class RestErrorMapper implements ExceptionMapper<RestException> {

  @Override
  public Response toResponse(RestException exception) {
    InvalidInputException invalid = InvalidInputException.findIn(exception);
    if (invalid != null) {
      return badRequest(invalid);
    }
    if (find(exception, OptimisticLockingException.class) != null) {
      return json(Response.Status.CONFLICT, Map.of("type", "Conflict",
          "message", "Someone else changed this case at the same moment. Reload it and try again."));
    }
    return ExceptionHandlerHelper.getInstance().getResponse(exception);
  }

  /**
   * A refusal the engine did not wrap, such as the school check that runs while a process instance
   * is created (before any listener): without this it would reach Camunda's catch-all as a 500.
   */
  @Priority(1)
  public static class Unwrapped implements ExceptionMapper<InvalidInputException> {

    @Override
    public Response toResponse(InvalidInputException exception) {
      return badRequest(exception);
    }
  }

  private static Response badRequest(InvalidInputException invalid) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "InvalidInput");
    body.put("message", invalid.getMessage());
    if (invalid.getField() != null) {
      body.put("field", invalid.getField());
    }
    return json(Response.Status.BAD_REQUEST, body);
  }

  static <T extends Throwable> T find(Throwable error, Class<T> type) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static Response json(Response.Status status, Map<String, Object> body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
