package com.sroworkflow.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sroworkflow.security.AllowList.Api;
import com.sroworkflow.security.AllowList.Rule;
import com.sroworkflow.security.AllowList.Who;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one gate, deny by default (issue 14): every request to the engine REST API, the webapps' API and the
 * application's API passes here after authentication (Spring Security for the APIs, the webapps' own session
 * for /camunda) and before any endpoint. Its canonical path (see {@link CanonicalPaths}) and method must match a
 * row of {@link AllowList} meant for the caller, and the row's check must pass. Otherwise: 404 when no row
 * matches (an unknown operation, and for a person the same whether the record exists or not), 403 when the row
 * is for operators, 401 without a login, 400 for a refused part of the body; each an RFC 9457 problem.
 */
@Configuration
class Gate {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ENGINE_REST = Pattern.compile("^/engine-rest(?:/engine/([^/]+))?(/.*)$");
  private static final Pattern WEBAPP_ENGINE = Pattern.compile("^/camunda/api/engine/engine/([^/]+)(/.*)$");
  private static final Pattern TASK = Pattern.compile("/task/([^/]+)/");
  private static final Pattern USER = Pattern.compile("/user/([^/]+)/");
  private static final List<String> START_REFUSED = List.of("startInstructions", "skipCustomListeners",
      "skipIoMappings");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> gateFilter(ProcessEngine engine) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(engine));
    registration.setName("gate");
    registration.addUrlPatterns("/*");
    // after Spring Security (which knows the API caller), before the webapps' filters and every servlet
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
    return registration;
  }

  /** The request's place in the allow-list: which API, and the path within it. */
  record Target(Api api, String path, String engineName) {

    static Target of(String path) {
      if (path.equals("/engine-rest/engine")) {
        return new Target(Api.APP, path, null);
      }
      Matcher rest = ENGINE_REST.matcher(path);
      if (rest.matches() && !"/engine".equals(rest.group(2))) {
        return new Target(Api.ENGINE, rest.group(2), rest.group(1) == null ? "default" : rest.group(1));
      }
      Matcher webapp = WEBAPP_ENGINE.matcher(path);
      if (webapp.matches()) {
        return new Target(Api.ENGINE, webapp.group(2), webapp.group(1));
      }
      return new Target(path.startsWith("/camunda/") ? Api.WEBAPP : Api.APP, path, null);
    }
  }

  static final class Filter extends OncePerRequestFilter {

    private final ProcessEngine engine;

    Filter(ProcessEngine engine) {
      this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (!CanonicalPaths.gated(path)) {
        chain.doFilter(request, response);
        return;
      }
      Target target = Target.of(path);
      Rule rule = target.engineName() != null && !engine.getName().equals(target.engineName()) ? null
          : AllowList.find(target.api(), request.getMethod(), target.path());
      Caller caller = caller(request);
      if (rule == null) {
        if (caller == null && !path.startsWith("/tip")) {
          unauthenticated(response);
          return;
        }
        Problem.send(request, response, 404, "NotFound", Messages.text("problem.no-operation"), null);
        return;
      }
      if (rule.who() != Who.ANYONE && caller == null) {
        unauthenticated(response);
        return;
      }
      if (rule.who() == Who.OPERATOR && !caller.isOperator()) {
        Problem.send(request, response, 403, "Forbidden", Messages.text("problem.operators-only"), null);
        return;
      }
      if (caller != null && !caller.isOperator() && !check(rule, target, caller, request, response)) {
        return;
      }
      chain.doFilter(request, response);
    }

    private static void unauthenticated(HttpServletResponse response) throws IOException {
      // no WWW-Authenticate: a browser whose session lapsed goes to the login page, not a Basic dialog
      Problem.write(response, 401, "Unauthenticated", Messages.text("problem.unauthenticated"), null);
    }

    private Caller caller(HttpServletRequest request) {
      var authentication = SecurityContextHolder.getContext().getAuthentication();
      if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
        return caller;
      }
      return WebSecurity.fromSession(engine, request.getSession(false));
    }

    /** The row's check for a person; false once the refusal is written. */
    private boolean check(Rule rule, Target target, Caller caller, HttpServletRequest request,
        HttpServletResponse response) throws IOException {
      switch (rule.check()) {
        case NONE -> {
          return true;
        }
        case SELF_IN_PATH -> {
          Matcher user = USER.matcher(target.path());
          if (user.find() && user.group(1).equals(caller.userId())) {
            return true;
          }
          Problem.write(response, 403, "Forbidden", Messages.text("problem.own-password"), null);
          return false;
        }
        case ONE_CASE -> {
          List<String> narrowing = AllowList.HISTORY_NARROWING.get(target.path().split("/")[2]);
          for (String parameter : narrowing) {
            String value = request.getParameter(parameter);
            // an id at least: "," or spaces would reach the engine as an empty list, which filters nothing
            if (value != null && value.chars().anyMatch(Character::isLetterOrDigit)) {
              return true;
            }
          }
          Problem.write(response, 400, "InvalidInput",
              Messages.text("problem.history-one-case", String.join(", ", narrowing)), narrowing.get(0));
          return false;
        }
        default -> { }
      }
      JsonNode body = body(request);
      if (body == null) {
        return true; // not JSON: the endpoint refuses it with its own 400
      }
      switch (rule.check()) {
        case START -> {
          for (String field : START_REFUSED) {
            JsonNode value = body.get(field);
            if (value != null && !value.isNull() && !(value.isBoolean() && !value.asBoolean())
                && !(value.isArray() && value.isEmpty())) {
              Problem.write(response, 400, "InvalidInput", Messages.text("problem.start-form-only", field), field);
              return false;
            }
          }
          return true;
        }
        case SELF_IN_BODY -> {
          JsonNode userId = body.get("userId");
          if (userId == null || userId.isNull() || userId.asText().equals(caller.userId())) {
            return true;
          }
          Problem.write(response, 403, "Forbidden", Messages.text("problem.task-for-yourself"), "userId");
          return false;
        }
        case COMMENT -> {
          Matcher task = TASK.matcher(target.path());
          String ownInstance = task.find() ? processInstanceOfTask(caller, task.group(1)) : null;
          if (ownInstance == null) {
            Problem.write(response, 404, "NotFound", Messages.text("problem.no-case"), null);
            return false;
          }
          JsonNode processInstanceId = body.get("processInstanceId");
          if (processInstanceId != null && !processInstanceId.isNull()
              && !ownInstance.equals(processInstanceId.asText())) {
            Problem.write(response, 400, "InvalidInput", Messages.text("problem.comment-own-case"), "processInstanceId");
            return false;
          }
          return true;
        }
        default -> {
          return true;
        }
      }
    }

    /** The task's process instance as the caller may read it; null when they cannot see the task. */
    private String processInstanceOfTask(Caller caller, String taskId) {
      IdentityService identity = engine.getIdentityService();
      var before = identity.getCurrentAuthentication(); // restored as it was: only the public API's getters and setters
      identity.setAuthentication(caller.userId(), caller.groupIds(), caller.tenantIds());
      try {
        Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
        return task == null ? null : task.getProcessInstanceId();
      } finally {
        if (before != null) {
          identity.setAuthentication(before);
        } else {
          identity.clearAuthentication();
        }
      }
    }

    private static JsonNode body(HttpServletRequest request) throws IOException {
      String type = request.getContentType();
      if (type != null && !type.toLowerCase().contains("json")) {
        return null;
      }
      byte[] bytes = request.getInputStream().readAllBytes();
      if (bytes.length == 0) {
        return JSON.createObjectNode();
      }
      try {
        JsonNode node = JSON.readTree(bytes);
        return node != null && node.isObject() ? node : null;
      } catch (IOException e) {
        return null;
      }
    }
  }
}
