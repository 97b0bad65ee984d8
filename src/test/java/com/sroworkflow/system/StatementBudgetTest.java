package com.sroworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sroworkflow.Http;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.StatementCount;
import com.sroworkflow.WebappSession;
import com.sroworkflow.referral.ReferralTestData;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.threat.ThreatScenario;
import com.sroworkflow.threat.ThreatTestData;
import com.sroworkflow.tip.TipCases;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Statement budgets of the main user actions (issue 20, item 4): the JDBC statements one action sends, counted
 * by a proxy around the DataSource ({@link StatementCount}), on the path people take: Tasklist's
 * {@code submit-form} with a login session through the submission guard, the tip page's post, the case list's
 * page. Deterministic, unlike timings: each action is taken once to fill the caches (process definitions, forms,
 * the engine's authorization cache), then counted on a second case. A budget is an upper bound with a comment
 * of what it is made of; a change that sends more statements must say why here. Runs on H2 and in the
 * PostgreSQL pass (the same statements: the counts do not depend on the database).
 */
@IntegrationTest
class StatementBudgetTest {

  private static final String API = "/camunda/api/engine/engine/default";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ThreatScenario threats;
  @Autowired TipCases tipCases;
  @Autowired SchoolCalendar calendar;
  @Autowired TestRestTemplate rest;

  private final List<String> started = new ArrayList<>();

  @BeforeEach
  void freshTipLimit() {
    tipCases.prepare();
  }

  @AfterEach
  void removeCases() {
    threats.removeStartedCases();
    for (String id : started) {
      if (runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
        runtime.deleteProcessInstance(id, "test cleanup", true, true);
      }
    }
  }

  private static String variables(Map<String, Object> values) {
    ObjectNode variables = JSON.createObjectNode();
    values.forEach((name, value) -> variables.set(name, JSON.createObjectNode()
        .putPOJO("value", value).put("type", value instanceof Boolean ? "Boolean" : "String")));
    return JSON.createObjectNode().set("variables", variables).toString();
  }

  private static void ok(HttpResponse<String> answer, String what) {
    assertThat(answer.statusCode()).as(what + ": " + answer.body()).isIn(200, 201, 204);
  }

  /** Counts {@code action}, prints the figure (the report of issue 20 quotes it) and holds it to its budget. */
  /**
   * A session signed in just now and used once: a webapp session reads its person's groups and schools again 30 s
   * after it last did (camunda.bpm.webapp.auth.cache), a few statements in whichever request comes then; a count
   * made right after a fresh sign-in never contains them, however slow the machine was before it.
   */
  private WebappSession signedInNow(String user) throws Exception {
    WebappSession session = new WebappSession(port, user);
    ok(session.json("GET", API + "/task/count", null), user + " signs in");
    return session;
  }

  private void withinBudget(String action, int budget, ThrowingRunnable run) throws Exception {
    // The school calendar reads its stored days again once a minute (2 statements, in whichever request asks for a
    // deadline first after the minute): read them now, so that a count does not depend on where the minute ends.
    calendar.isSchoolDay(calendar.today());
    StatementCount.Recording recording = StatementCount.start();
    try {
      run.run();
    } finally {
      recording.close();
    }
    System.out.printf("Statement budget: %s: %d statements (budget %d)%s%n", action, recording.count(), budget,
        Boolean.getBoolean("sro.test.statements") ? recording.list() : "");
    assertThat(recording.count()).as("statements of %s:%s", action, recording.list()).isPositive()
        .isLessThanOrEqualTo(budget);
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  private Map<String, Object> referralForm() {
    Map<String, Object> form = new LinkedHashMap<>(ReferralTestData.lhsReferral());
    form.remove("referringUser"); // the start form has no such field: the engine records who started the case
    form.remove("agencyId");
    return form;
  }

  private String startReferral(WebappSession sally) throws Exception {
    HttpResponse<String> answer = sally.json("POST", API + "/process-definition/key/studentReferral/submit-form",
        variables(referralForm()));
    ok(answer, "sally starts a referral");
    String id = JSON.readTree(answer.body()).get("id").asText();
    started.add(id);
    return id;
  }

  /** The agency the start form leaves open, chosen by the SRO: then the principal's acknowledgement waits. */
  private void chooseAgency(WebappSession sally, String referral) throws Exception {
    ok(sally.json("POST", API + "/task/" + task(referral, "ChooseAgency") + "/submit-form",
        variables(Map.of("agencyId", "riverbend-mental-health"))), "sally chooses the agency");
  }

  private String task(String processInstanceId, String key) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult().getId();
  }

  @Test
  void aReferralStartedAndAcknowledgedThroughTasklistStaysWithinItsBudgets() throws Exception {
    WebappSession sally = new WebappSession(port, "sally");
    WebappSession paula = new WebappSession(port, "paula");
    String acknowledge = "{\"variables\": {\"acknowledgementComment\": {\"value\": \"Seen.\", \"type\": \"String\"}}}";
    // warm: the definitions, the forms, the engine's caches
    String first = startReferral(sally);
    chooseAgency(sally, first);
    ok(paula.json("POST", API + "/task/" + task(first, "AcknowledgeReferral") + "/submit-form", acknowledge),
        "paula acknowledges");

    String[] second = new String[1];
    // 118 at issue 20 (120 while the assignee was added as a candidate too), 119 with the SRO routing's look-up of
    // the day's absences; 110 since the form's values are written into the history once (as the variables'
    // updates), not twice (also as form-field entries: 10 fewer), with the escalation's event subscription (1 more,
    // the acknowledgement's escalation is a sweep, not a timer per task). Made of: the guard's and the engine's
    // authorization checks and definition look-ups, the referral record with its school, agency and case record,
    // the 21 start-form values as variables, each a runtime row, its history and a history detail (63), the
    // execution, the ChooseAgency task assigned to its SRO with its routing (the school's SROs on duty, the day's
    // absences), identity links, authorizations and history, the operation log; the start form's school picker is
    // checked against the schools the caller signed in with, at no statement of its own.
    WebappSession sallyNow = signedInNow("sally");
    withinBudget("starting a referral (sally, submit-form)", 110, () -> second[0] = startReferral(sallyNow));
    chooseAgency(sally, second[0]);
    String ackTask = task(second[0], "AcknowledgeReferral");
    // 31 (issue 20's goal, 30, missed by the lock below; 46 before: 15 of them the escalation's boundary timer and
    // the sub-process around it, now a sweep of overdue tasks, referral/AcknowledgementEscalations): the guard's
    // revoke check and task query (2; the form's key and deployment come from its cache); the engine's task,
    // definition, revoke and task-permission checks (4), the task's and the case's variables the form check reads
    // (2) and the execution tree (2); the case record, the referral locked against a concurrent escalation, and its
    // agency (3; the principal-of-this-school check reads the groups and schools the principal signed in with);
    // sub-tasks, identity links, the execution's tasks and 2 history start times (5); history inserts (the
    // comment's variable and its detail, the join's activity, the operation log: 4) and the comment's runtime row
    // (1); the identity link and the task deleted, 2 executions updated (4); the activity and the task ended in the
    // history (2); the task's authorizations deleted (1); the referral updated (1).
    WebappSession paulaNow = signedInNow("paula");
    withinBudget("a principal's acknowledgement of a referral (paula, submit-form)", 31,
        () -> ok(paulaNow.json("POST", API + "/task/" + ackTask + "/submit-form", acknowledge), "paula acknowledges"));
  }

  private ProcessInstance threatCaseToClassify() {
    ProcessInstance pi = threats.report("maria", ThreatTestData.lhsReport());
    threats.screenAsThreat(pi);
    threats.assess(pi, ThreatTestData.answers("NO", "YES", "YES", "NO", "NO"));
    return pi;
  }

  @Test
  void theThreatCasesClassificationAndItsSroStepStayWithinTheirBudgets() throws Exception {
    WebappSession paula = new WebappSession(port, "paula");
    WebappSession sally = new WebappSession(port, "sally");
    String accept = variables(Map.of("classificationChoice", "ACCEPT"));
    String noPolice = variables(Map.of("crimeOccurred", "NO", "lawEnforcementAction", "NONE",
        "teamSummary", "No law-enforcement action."));
    ProcessInstance warm = threatCaseToClassify();
    ok(paula.json("POST", API + "/task/" + task(warm.getId(), "DecideClassification") + "/submit-form", accept),
        "paula classifies");
    ok(sally.json("POST", API + "/task/" + task(warm.getId(), "DecideLawEnforcementAction") + "/submit-form",
        noPolice), "sally decides");

    ProcessInstance pi = threatCaseToClassify();
    String classify = task(pi.getId(), "DecideClassification");
    // 197 at issue 20 (219 while every mail started a delivery process); 194 since a submitted value is written
    // into the history once, not also as a form-field entry, and the guard reads the form's key and deployment from
    // its cache: the task and its case, the authorization checks, the classification's and the case's records, the
    // protective actions' sub-process with its four tasks (routing, due dates, the overdue timer, 12
    // authorizations), the 26 task-local form variables its input parameters create (each a runtime row, its
    // history and a detail: ~78), two mails to the team (an outbox row each), and the history of each. 160 since a
    // step's empty fields get their history with their first value (EnginePlugin#postInit): of the 26, the 17
    // empty ones are a runtime row each now.
    WebappSession paulaNow = signedInNow("paula");
    withinBudget("a threat case's classification step (paula, submit-form)", 160,
        () -> ok(paulaNow.json("POST", API + "/task/" + classify + "/submit-form", accept), "paula classifies"));
    String decide = task(pi.getId(), "DecideLawEnforcementAction");
    // 55 at issue 20; 50 since the three submitted values are written into the history once (not also as
    // form-field entries) and the guard reads the form's key and deployment from its cache: the guard's and the
    // engine's task and authorization look-ups, the form's three values (task-local variables: read, updated,
    // history), the record of the decision, the task ended with its identity links and authorization, the history.
    WebappSession sallyNow = signedInNow("sally");
    withinBudget("an SRO step of a threat case (sally, law-enforcement decision, submit-form)", 50,
        () -> ok(sallyNow.json("POST", API + "/task/" + decide + "/submit-form", noPolice), "sally decides"));
  }

  @Test
  void aTipAndACaseListPageStayWithinTheirBudgets() throws Exception {
    Http anonymous = Http.anonymous(rest);
    Map<String, Object> tip = new LinkedHashMap<>();
    tip.put("schoolCode", "LHS");
    tip.put("threatBehaviour", "Said in the locker room that he will shoot up the pep rally on Friday.");
    tip.put("incidentDate", calendar.today().minusDays(1).toString());
    String body = JSON.writeValueAsString(tip);
    assertThat(anonymous.post("/api/tips", body).getStatusCode().value()).isEqualTo(201);
    // 75 at issue 20: the tip's record, the threat case started with its variables and case record, its
    // screening sub-process and first task (routing, due date, the overdue timer, authorizations), the history.
    // 76 since the SRO routing looks up the day's absences (1). 70 since the screening's empty fields get their
    // history with their first value (EnginePlugin#postInit).
    withinBudget("a tip submission (POST /api/tips)", 70,
        () -> assertThat(anonymous.post("/api/tips", body).getStatusCode().value()).isEqualTo(201));
    for (String id : runtime.createProcessInstanceQuery().processDefinitionKey("threatAssessment")
        .variableValueEquals("reportSource", "TIP").list().stream().map(ProcessInstance::getId).toList()) {
      started.add(id);
    }

    WebappSession paula = new WebappSession(port, "paula");
    ok(paula.json("GET", "/api/cases?size=15", null), "the case list");
    // 4 to 6 at issue 20, with the cases the other tests left: the session's person, groups and schools (3), a
    // page of threat cases and of referrals (2), each with its count when the page is full (2), the agencies,
    // the open tasks of the page's cases and their timers (3); never one per case (CaseListStatementsTest).
    withinBudget("a case-list page (paula, GET /api/cases?size=15)", 10,
        () -> ok(paula.json("GET", "/api/cases?size=15", null), "the case list"));
  }
}
