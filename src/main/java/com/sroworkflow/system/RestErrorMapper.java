package com.sroworkflow.system;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Gives REST callers the status their request deserves. Camunda answers any exception raised by a
 * listener with 500; a refused input is the caller's mistake (400), a case of a school the caller
 * does not act for is not there for them (404) and a lost race with another user is a conflict
 * (409). Everything else keeps Camunda's own answer. The engine's exceptions reach JAX-RS wrapped
 * in a RestException, or bare when an endpoint does not wrap them, or (for the school check that
 * runs while an instance is created) as the InvalidInputException itself: one mapper for each.
 */
@Priority(1)
public class RestErrorMapper implements ExceptionMapper<RestException> {

  @Override
  public Response toResponse(RestException exception) {
    return answer(exception);
  }

  @Priority(1)
  public static class Unwrapped implements ExceptionMapper<InvalidInputException> {

    @Override
    public Response toResponse(InvalidInputException exception) {
      return answer(exception);
    }
  }

  /** A body that is not JSON, or not the JSON the endpoint takes: 400 with a plain explanation. */
  @Priority(1)
  public static class NotJson implements ExceptionMapper<JsonParseException> {

    @Override
    public Response toResponse(JsonParseException exception) {
      return json(Response.Status.BAD_REQUEST, Map.of("type", "InvalidRequest",
          "message", "The request body is not valid JSON (" + exception.getOriginalMessage() + ")."));
    }
  }

  @Priority(1)
  public static class WrongJson implements ExceptionMapper<JsonMappingException> {

    @Override
    public Response toResponse(JsonMappingException exception) {
      return json(Response.Status.BAD_REQUEST, Map.of("type", "InvalidRequest",
          "message", "The request body does not have the expected form (" + exception.getOriginalMessage() + ")."));
    }
  }

  @Priority(1)
  public static class Engine implements ExceptionMapper<ProcessEngineException> {

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return answer(exception);
    }
  }

  static Response answer(Throwable exception) {
    InvalidInputException invalid = InvalidInputException.findIn(exception);
    if (invalid != null) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "InvalidInput");
      body.put("message", invalid.getMessage());
      if (invalid.getField() != null) {
        body.put("field", invalid.getField());
      }
      return json(Response.Status.BAD_REQUEST, body);
    }
    ProcessEngineException engineError = find(exception, ProcessEngineException.class);
    if (engineError != null && "Password does not match policy".equals(engineError.getMessage())) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "InvalidInput");
      body.put("message", "The password does not meet the password policy: at least 10 characters with upper and"
          + " lower case letters, a digit and a special character, and not the user's name or id.");
      body.put("field", "password");
      return json(Response.Status.BAD_REQUEST, body);
    }
    if (ofAnotherSchool(exception)) {
      return json(Response.Status.NOT_FOUND, Map.of("type", "NotFound",
          "message", "There is no such case or task among the schools you act for."));
    }
    if (find(exception, OptimisticLockingException.class) != null) {
      return json(Response.Status.CONFLICT, Map.of("type", "Conflict",
          "message", "Someone else changed this case at the same moment. Reload it and try again."));
    }
    return ExceptionHandlerHelper.getInstance().getResponse(exception);
  }

  /**
   * The engine refuses a case of a school (tenant) the caller is not a member of with a plain
   * ProcessEngineException that only its message tells apart (log code ENGINE-13034). To that caller
   * the case does not exist, as a query for it already answers.
   */
  private static boolean ofAnotherSchool(Throwable exception) {
    ProcessEngineException refused = find(exception, ProcessEngineException.class);
    return refused != null && refused.getMessage() != null
        && refused.getMessage().contains("belongs to no authenticated tenant");
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
