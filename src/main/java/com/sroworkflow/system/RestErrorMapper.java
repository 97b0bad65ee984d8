package com.sroworkflow.system;

import com.fasterxml.jackson.core.JsonParseException;
import com.sroworkflow.security.Messages;
import com.sroworkflow.security.Problem;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.http.ProblemDetail;

/**
 * Gives REST callers the status their request deserves. Camunda answers any exception raised by a
 * listener with 500; a refused input is the caller's mistake (400), a case of a school the caller
 * does not act for is not there for them (404) and a lost race with another user is a conflict
 * (409). Everything else keeps Camunda's own answer.
 *
 * <p>Two people completing one task at the same moment (through one node or two of a cluster): the
 * engine tells the slower one with an OptimisticLockingException when both transactions overlap, or,
 * when the first has already committed, that the task does not exist (or, in a few interleavings, a
 * NullPointerException from the vanished execution, or a step's check that finds the case's variables
 * gone and refuses as for bad input). For a task the caller may see in the history
 * and that has ended, all of these are the same conflict: someone else completed it. The engine's exceptions reach JAX-RS wrapped
 * in a RestException, or bare when an endpoint does not wrap them, or (for the school check that
 * runs while an instance is created) as the InvalidInputException itself: one mapper for each.
 */
@Priority(1)
public class RestErrorMapper implements ExceptionMapper<RestException> {

  private static final Pattern TASK_ACTION = Pattern.compile("(?:^|/)task/([^/]+)/(complete|submit-form|resolve)$");

  @Context UriInfo request;

  @Override
  public Response toResponse(RestException exception) {
    Response completedMeanwhile = completedMeanwhile(request, exception);
    return completedMeanwhile != null ? completedMeanwhile : answer(exception);
  }

  /** The engine lost a completed task's execution under the caller's feet (see the class comment). */
  @Priority(1)
  public static class VanishedExecution implements ExceptionMapper<NullPointerException> {

    @Context UriInfo request;

    @Override
    public Response toResponse(NullPointerException exception) {
      Response completedMeanwhile = completedMeanwhile(request, exception);
      return completedMeanwhile != null ? completedMeanwhile : ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
  }

  @Priority(1)
  public static class Unwrapped implements ExceptionMapper<InvalidInputException> {

    @Context UriInfo request;

    @Override
    public Response toResponse(InvalidInputException exception) {
      Response completedMeanwhile = completedMeanwhile(request, exception);
      return completedMeanwhile != null ? completedMeanwhile : answer(exception);
    }
  }

  /** A body that is not JSON, or not the JSON the endpoint takes: 400 with a plain explanation. */
  @Priority(1)
  public static class NotJson implements ExceptionMapper<JsonParseException> {

    @Override
    public Response toResponse(JsonParseException exception) {
      return json(Response.Status.BAD_REQUEST, Map.of("type", "InvalidRequest",
          "message", Messages.text("problem.not-json")));
    }
  }

  @Priority(1)
  public static class WrongJson implements ExceptionMapper<JsonMappingException> {

    @Override
    public Response toResponse(JsonMappingException exception) {
      return json(Response.Status.BAD_REQUEST, Map.of("type", "InvalidRequest",
          "message", Messages.text("problem.wrong-json", fieldOf(exception))));
    }
  }

  @Priority(1)
  public static class Engine implements ExceptionMapper<ProcessEngineException> {

    @Context UriInfo request;

    @Override
    public Response toResponse(ProcessEngineException exception) {
      Response completedMeanwhile = completedMeanwhile(request, exception);
      return completedMeanwhile != null ? completedMeanwhile : answer(exception);
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
      body.put("message", Messages.text("problem.password-policy"));
      body.put("field", "password");
      return json(Response.Status.BAD_REQUEST, body);
    }
    if (ofAnotherSchool(exception) || notFound(exception)) {
      return json(Response.Status.NOT_FOUND, Map.of("type", "NotFound",
          "message", Messages.text("problem.no-case")));
    }
    if (find(exception, OptimisticLockingException.class) != null) {
      return json(Response.Status.CONFLICT, Map.of("type", "Conflict",
          "message", Messages.text("problem.changed-meanwhile")));
    }
    Response engine = ExceptionHandlerHelper.getInstance().getResponse(exception);
    if (engine.getStatus() >= 500 && find(exception, AuthorizationException.class) == null) {
      // What the engine reports as its own failure but is the caller's: a record that is not there (an
      // ended case's variables, a job or execution that does not exist) or a value it cannot take.
      if (find(exception, NullValueException.class) != null || find(exception, NotFoundException.class) != null) {
        return json(Response.Status.NOT_FOUND, Map.of("type", "NotFound",
            "message", Messages.text("problem.no-record")));
      }
      if (find(exception, NotValidException.class) != null || find(exception, BadUserRequestException.class) != null) {
        return json(Response.Status.BAD_REQUEST, Map.of("type", "InvalidRequest",
            "message", Messages.text("problem.cannot-carry-out")));
      }
    }
    return engine;
  }

  /** The field of the body that did not fit, as the caller wrote it (never a Java type). */
  private static String fieldOf(JsonMappingException exception) {
    String field = exception.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
        : "[" + r.getIndex() + "]").collect(java.util.stream.Collectors.joining("."));
    return field.isEmpty() ? Messages.text("problem.the-body") : field;
  }

  /**
   * 409 when the request completed a task that is no longer open and that the history, as far as the
   * caller may read it, shows as ended; null otherwise (the task never existed, or is not the caller's
   * to see: Camunda's own answer stands).
   */
  static Response completedMeanwhile(UriInfo request, Throwable exception) {
    if (request == null) {
      return null;
    }
    Matcher task = TASK_ACTION.matcher(request.getPath());
    if (!task.find()) {
      return null;
    }
    // Whatever the engine said (a concurrent change, no such task, no authorization left on it, an
    // execution gone, or a step's check that found the case's variables gone with the other completion),
    // a completion that failed on a task now ended, that the caller may read, lost a race. A refused input
    // on a task still open keeps its 400: the task is open after the rollback.
    String taskId = task.group(1);
    try {
      ProcessEngine engine = EngineUtil.lookupProcessEngine(null);
      boolean open = engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0;
      boolean ended = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
      if (open || !ended) {
        return find(exception, OptimisticLockingException.class) != null ? conflict(
            Messages.text("problem.changed-meanwhile")) : null;
      }
    } catch (RuntimeException unknown) {
      return null;
    }
    return conflict(Messages.text("problem.task-gone"));
  }

  private static Response conflict(String message) {
    return json(Response.Status.CONFLICT, Map.of("type", "Conflict", "message", message));
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

  private static final Pattern NOT_FOUND = Pattern.compile(
      "(?i)cannot find|no \\w+ found|does not exist|doesn't exist|not found");

  /**
   * The engine says a record is not there in many ways (NullValueException, NotFoundException, a
   * BadUserRequestException "Cannot find task", a 400 "No task found"): to the caller each is the same 404
   * as a record of another school, so forbidden and missing answer alike.
   */
  private static boolean notFound(Throwable exception) {
    if (find(exception, AuthorizationException.class) != null) {
      return false;
    }
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof NullValueException || t instanceof NotFoundException
          || (t.getMessage() != null && NOT_FOUND.matcher(t.getMessage()).find())) {
        return true;
      }
    }
    return false;
  }

  static <T extends Throwable> T find(Throwable error, Class<T> type) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /** The same RFC 9457 problem as Spring MVC's (security.Problem), written by the engine REST's JSON provider. */
  private static Response json(Response.Status status, Map<String, Object> body) {
    ProblemDetail problem = Problem.of(status.getStatusCode(), (String) body.get("type"), (String) body.get("message"),
        (String) body.get("field"));
    return Response.status(status).type("application/problem+json").entity(Problem.fields(problem)).build();
  }
}
