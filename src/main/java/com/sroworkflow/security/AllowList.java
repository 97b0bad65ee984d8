package com.sroworkflow.security;

import static com.sroworkflow.security.AllowList.Who.ANYONE;
import static com.sroworkflow.security.AllowList.Who.OPERATOR;
import static com.sroworkflow.security.AllowList.Who.PERSON;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every operation of the engine REST API ({@code /engine-rest}, and the same API as the webapps call it under
 * {@code /camunda/api/engine/engine/default}), of the webapps' own API ({@code /camunda/api}) and of this
 * application ({@code /api}, {@code /reports}, {@code /tip}, {@code /cases}, {@code /students}) that anyone may call: method, path template, who,
 * application ({@code /api}, {@code /reports}, {@code /calendar}, {@code /tip}) that anyone may call: method, path template, who,
 * and the check the {@link Gate} makes on the request before it goes on. Anything not in this table is refused
 * (404), as is a listed operation for someone it is not for (403; 401 without a login). docs/security.md
 * lists the same table for readers.
 *
 * <p>Who: {@code ANYONE} needs no login; {@code PERSON} is anyone logged in (the engine's authorizations and
 * school tenants then decide which records they reach); {@code OPERATOR} is an administrator
 * ({@code camunda-admin}), who uses Cockpit and Admin. Cockpit and Admin are for operators only (people get
 * access to Tasklist alone, see identity.IdentitySetup), so the people's rows are what Tasklist calls plus the
 * documented /api; the operators' rows name whole resource families.
 *
 * <p>Templates: {@code {x}} is one path segment of letters, digits, {@code _ - :} (Camunda ids, keys, names);
 * a trailing {@code /**} is any rest of the path. Engine rows are relative to the engine.
 */
final class AllowList {

  public enum Who { ANYONE, PERSON, OPERATOR }

  /** Where a row applies: the engine API (both mounts), the webapps' API, or the application's own paths. */
  public enum Api { ENGINE, WEBAPP, APP }

  /** What the gate checks on the request beyond who calls (see {@link Gate}). */
  public enum Check {
    NONE,
    /** Start/submit: no startInstructions, skipCustomListeners, skipIoMappings unless an operator. */
    START,
    /** Claim or set assignee: the user id in the body is the caller's own (operators may name anyone). */
    SELF_IN_BODY,
    /** A comment: any process instance id in the body is the task's own. */
    COMMENT,
    /** The user id in the path is the caller's own (password change). */
    SELF_IN_PATH,
    /**
     * A history listing or count names the case or task it is about ({@link #HISTORY_NARROWING}): unnarrowed, the
     * engine checks the caller's authorization on every history row of the district (many seconds on a large
     * PostgreSQL database, a way for any signed-in person to tie up the database).
     */
    ONE_CASE
  }

  /**
   * For each history resource a person may list, the query parameters that narrow it to one case or task, as the
   * engine REST's query objects (7.24) read them; a parameter the resource does not know would be ignored by the
   * engine, so only these count. Tasklist's own history tab asks {@code user-operation} by {@code taskId}.
   */
  static final Map<String, List<String>> HISTORY_NARROWING = Map.of(
      "process-instance", List.of("processInstanceId", "processInstanceIds", "rootProcessInstanceId",
          "superProcessInstanceId", "subProcessInstanceId"),
      "task", List.of("taskId", "processInstanceId", "rootProcessInstanceId", "executionId", "activityInstanceIdIn"),
      "activity-instance", List.of("activityInstanceId", "processInstanceId", "executionId"),
      "variable-instance", List.of("processInstanceId", "processInstanceIdIn", "executionIdIn", "taskIdIn",
          "activityInstanceIdIn"),
      "user-operation", List.of("processInstanceId", "executionId", "taskId"),
      "identity-link-log", List.of("taskId"),
      "detail", List.of("processInstanceId", "processInstanceIdIn", "executionId", "activityInstanceId",
          "variableInstanceId", "taskId"),
      "decision-instance", List.of("decisionInstanceId", "decisionInstanceIdIn", "processInstanceId",
          "activityInstanceIdIn", "rootDecisionInstanceId"));

  public record Rule(Api api, String method, String template, Who who, Check check, Pattern pattern) {

    boolean matches(Api api, String method, String path) {
      return this.api == api && (this.method.equals("*") || this.method.equals(method))
          && pattern.matcher(path).matches();
    }

    @Override
    public String toString() {
      return method + " " + (api == Api.ENGINE ? "{engine}" : "") + template + " " + who
          + (check == Check.NONE ? "" : " [" + check + "]");
    }
  }

  /**
   * One path segment standing for an id, key or name; never one of the words the engine API uses for a
   * resource of its own next to the ids ({@code /process-definition/statistics}, {@code /task/count}, ...).
   */
  private static final String SEGMENT = "(?!(?:statistics|count|key|report|suspended|delete|create|"
      + "variables|cleanup|tenant-id|history|decision-instance)(?:/|$))[A-Za-z0-9_:\\-]+";

  private static final List<Rule> RULES = new ArrayList<>();

  static {
    // ---- The engine API: what Tasklist calls for a person, and REST clients of the same operations ----
    engine("GET", "/version", PERSON);
    engine("GET", "/filter", PERSON);
    engine("GET", "/filter/count", PERSON);
    engine("OPTIONS", "/filter", PERSON);
    engine("GET", "/filter/{id}", PERSON);
    engine("GET", "/filter/{id}/list", PERSON);
    engine("POST", "/filter/{id}/list", PERSON);
    engine("GET", "/filter/{id}/count", PERSON);
    engine("POST", "/filter/{id}/count", PERSON);
    engine("GET", "/task", PERSON);
    engine("POST", "/task", PERSON);
    engine("GET", "/task/count", PERSON);
    engine("POST", "/task/count", PERSON);
    engine("GET", "/task/{id}", PERSON);
    engine("GET", "/task/{id}/form", PERSON);
    engine("GET", "/task/{id}/deployed-form", PERSON);
    engine("GET", "/task/{id}/form-variables", PERSON);
    engine("GET", "/task/{id}/identity-links", PERSON);
    engine("GET", "/task/{id}/comment", PERSON);
    engine("GET", "/task/{id}/comment/{commentId}", PERSON);
    engine("POST", "/task/{id}/comment/create", PERSON, Check.COMMENT);
    engine("POST", "/task/{id}/claim", PERSON, Check.SELF_IN_BODY);
    engine("POST", "/task/{id}/unclaim", PERSON);
    engine("POST", "/task/{id}/assignee", PERSON, Check.SELF_IN_BODY);
    engine("POST", "/task/{id}/complete", PERSON);
    engine("POST", "/task/{id}/submit-form", PERSON);
    engine("GET", "/process-definition", PERSON);
    engine("GET", "/process-definition/count", PERSON);
    for (String definition : List.of("/process-definition/{id}", "/process-definition/key/{key}",
        "/process-definition/key/{key}/tenant-id/{tenant}")) {
      engine("GET", definition, PERSON);
      engine("GET", definition + "/startForm", PERSON);
      engine("GET", definition + "/deployed-start-form", PERSON);
      engine("GET", definition + "/form-variables", PERSON);
      engine("GET", definition + "/xml", PERSON);
      engine("POST", definition + "/start", PERSON, Check.START);
      engine("POST", definition + "/submit-form", PERSON, Check.START);
    }
    // Reading cases the engine lets the caller read (their schools' cases, as a reader of the process)
    engine("GET", "/process-instance", PERSON);
    engine("GET", "/process-instance/count", PERSON);
    engine("GET", "/process-instance/{id}", PERSON);
    engine("GET", "/process-instance/{id}/activity-instances", PERSON);
    engine("GET", "/process-instance/{id}/variables", PERSON);
    engine("GET", "/process-instance/{id}/variables/{name}", PERSON);
    engine("GET", "/task/{id}/variables", PERSON);
    engine("GET", "/task/{id}/variables/{name}", PERSON);
    engine("GET", "/variable-instance", PERSON);
    for (String history : List.of("process-instance", "task", "activity-instance", "variable-instance",
        "user-operation", "identity-link-log", "detail", "decision-instance")) {
      engine("GET", "/history/" + history, PERSON, Check.ONE_CASE);
      engine("GET", "/history/" + history + "/count", PERSON, Check.ONE_CASE);
    }
    engine("GET", "/history/process-instance/{id}", PERSON);
    // People and groups as Tasklist shows them; one's own password (with the policy), not one's profile
    engine("GET", "/user", PERSON);
    engine("GET", "/user/count", PERSON);
    engine("GET", "/user/{id}/profile", PERSON);
    engine("PUT", "/user/{id}/credentials", PERSON, Check.SELF_IN_PATH);
    engine("GET", "/group", PERSON);
    engine("GET", "/group/count", PERSON);
    engine("GET", "/identity/password-policy", PERSON);
    engine("POST", "/identity/password-policy", PERSON);

    // ---- The engine API for operators (Cockpit, Admin, scripts): whole resource families ----
    for (String family : List.of("authorization", "batch", "condition", "decision-definition",
        "decision-requirements-definition", "deployment", "event-subscription", "execution", "external-task",
        "filter", "group", "history", "identity", "incident", "job", "job-definition", "message", "metrics",
        "migration", "modification", "process-definition", "process-instance", "schema", "signal", "task",
        "telemetry", "tenant", "user", "variable-instance", "correlation", "case-definition", "case-instance",
        "case-execution", "version")) {
      engine("*", "/" + family, OPERATOR);
      engine("*", "/" + family + "/**", OPERATOR);
    }

    // ---- The webapps' own API ----
    webapp("GET", "/camunda/api/engine/engine/", ANYONE); // the engine list every webapp page loads first
    webapp("GET", "/camunda/api/admin/auth/user/default", ANYONE);
    webapp("POST", "/camunda/api/admin/auth/user/default/login/{app}", ANYONE);
    webapp("POST", "/camunda/api/admin/auth/user/default/logout", ANYONE);
    webapp("GET", "/camunda/api/{app}/plugin/{plugin}/static/**", ANYONE);
    webapp("*", "/camunda/api/cockpit/**", OPERATOR);
    webapp("*", "/camunda/api/admin/**", OPERATOR);
    webapp("*", "/camunda/api/tasklist/**", OPERATOR);
    webapp("*", "/camunda/api/welcome/**", OPERATOR);

    // ---- The application's own API and pages ----
    app("GET", "/engine-rest/engine", PERSON); // the engine list of the REST API
    app("GET", "/api/schools", PERSON);
    app("POST", "/api/schools", OPERATOR);
    app("GET", "/api/people/{username}", OPERATOR);
    app("PUT", "/api/people/{username}", OPERATOR);
    app("GET", "/api/notifications", OPERATOR);
    app("POST", "/api/notifications/{id}/retry", OPERATOR); // a FAILED mail sent again (issue 20)
    app("GET", "/api/cases/{processInstanceId}/audit", PERSON);
    app("GET", "/api/assignments", PERSON);
    app("POST", "/api/assignments", PERSON);
    app("POST", "/api/assignments/{id}/end", PERSON);
    app("GET", "/reports/quarterly", PERSON);
    // The dashboard (issue 17.6): its page and its figures, of the caller's own schools
    app("GET", "/dashboard", PERSON);
    app("GET", "/api/dashboard", PERSON);
    for (String kind : List.of("officers/{officer}", "schools/{school}")) {
      app("GET", "/reports/quarterly/" + kind, PERSON);
      app("GET", "/reports/quarterly/" + kind + ".csv", PERSON);
      app("GET", "/reports/quarterly/" + kind + ".pdf", PERSON);
    }
    // The case file (issue 17): lists, a student's record, one case with its notes and PDF; pages and JSON
    app("GET", "/cases", PERSON);
    app("GET", "/cases/{caseId}", PERSON);
    app("GET", "/cases/{caseId}.pdf", PERSON);
    app("POST", "/cases/{caseId}/notes", PERSON);
    app("GET", "/students", PERSON);
    app("GET", "/students/{districtStudentId}", PERSON);
    app("GET", "/api/cases", PERSON);
    app("GET", "/api/cases/{caseId}", PERSON);
    app("POST", "/api/cases/{caseId}/notes", PERSON);
    app("GET", "/api/students", PERSON);
    app("GET", "/api/students/{districtStudentId}/cases", PERSON);
    app("GET", "/v3/api-docs", PERSON); // the OpenAPI description of /api/cases and /api/students (springdoc)
    // The case file's work (issue 17): documents, transfer to another school, re-assessment. The pages post with
    // the webapp session and its CSRF token (WebSecurity.pages); every handler answers 404 for a case the caller may not read.
    for (String base : List.of("/cases/{caseId}", "/api/cases/{caseId}")) {
      app("GET", base + "/documents", PERSON);
      app("POST", base + "/documents", PERSON);
      app("GET", base + "/documents/{documentId}", PERSON);
    }
    app("GET", "/cases/{caseId}/transfer", PERSON);
    app("POST", "/cases/{caseId}/transfer", PERSON);
    app("POST", "/api/cases/{caseId}/transfer", PERSON);
    app("GET", "/cases/{caseId}/reassess", PERSON);
    app("POST", "/cases/{caseId}/reassess", PERSON);
    app("POST", "/api/cases/{caseId}/reassess", PERSON);
    // The school calendar: everyone signed in reads it; the district designee and administrators change it
    // (school/SchoolCalendarBook refuses others with 403). The page's forms carry the session's form token.
    app("GET", "/api/calendar", PERSON);
    app("POST", "/api/calendar/years", PERSON);
    app("POST", "/api/calendar/closures", PERSON);
    app("DELETE", "/api/calendar/closures/{id}", PERSON);
    app("GET", "/calendar", PERSON);
    app("POST", "/calendar/years", PERSON);
    app("POST", "/calendar/closures", PERSON);
    app("POST", "/calendar/closures/{id}/delete", PERSON);
    // Directory sign-in (profile ldap): an administrator unlocks a directory account locked by failed logins
    app("DELETE", "/api/directory/lockouts/{username}", OPERATOR);
    // Anonymous tips: the public page and its form's endpoint
    app("GET", "/tip", ANYONE);
    app("POST", "/tip", ANYONE);
    app("POST", "/api/tips", ANYONE);
  }

  private AllowList() {}

  private static void engine(String method, String template, Who who) {
    engine(method, template, who, Check.NONE);
  }

  private static void engine(String method, String template, Who who, Check check) {
    RULES.add(new Rule(Api.ENGINE, method, template, who, check, compile(template)));
  }

  private static void webapp(String method, String template, Who who) {
    RULES.add(new Rule(Api.WEBAPP, method, template, who, Check.NONE, compile(template)));
  }

  private static void app(String method, String template, Who who) {
    RULES.add(new Rule(Api.APP, method, template, who, Check.NONE, compile(template)));
  }

  static Pattern compile(String template) {
    StringBuilder regex = new StringBuilder();
    String rest = template;
    boolean any = rest.endsWith("/**");
    if (any) {
      rest = rest.substring(0, rest.length() - 3);
    }
    for (String part : rest.split("(?=\\{)|(?<=\\})")) {
      regex.append(part.startsWith("{") ? SEGMENT : Pattern.quote(part));
    }
    if (any) {
      regex.append("/[A-Za-z0-9_:.\\-/]+");
    }
    return Pattern.compile(regex.toString());
  }

  /** The first row for this request, or null: not allowed to anyone. */
  public static Rule find(Api api, String method, String path) {
    for (Rule rule : RULES) {
      if (rule.matches(api, method, path)) {
        return rule;
      }
    }
    return null;
  }

  public static List<Rule> rules() {
    return List.copyOf(RULES);
  }

  /** Spring Security's view of the rows that need no login under the API paths it authenticates. */
  static RequestMatcher[] anonymousMatchers() {
    return RULES.stream().filter(r -> r.who() == ANYONE && r.api() == Api.APP && r.template().startsWith("/api/"))
        .map(r -> (RequestMatcher) new AntPathRequestMatcher(r.template(), r.method()))
        .toArray(RequestMatcher[]::new);
  }
}
