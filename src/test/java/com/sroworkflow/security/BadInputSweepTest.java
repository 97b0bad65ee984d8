package com.sroworkflow.security;

import com.sroworkflow.District;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sroworkflow.Http;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.assignment.ProgramScenario;
import com.sroworkflow.referral.ReferralTestData;
import com.sroworkflow.selection.SelectionScenario;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every endpoint that writes into a case, hit with a corpus of bad requests: wrong types, missing and
 * unknown fields, a huge body, NUL and control characters, JSON nested thousands deep, serialized Java
 * objects, malformed JSON, another school's ids. Each gets a 4xx with a clear message and no stack trace, and the
 * database has exactly the rows it had before.
 */
@IntegrationTest
class BadInputSweepTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired SelectionScenario scenario;
  @Autowired ProgramScenario program;

  /** A write endpoint: who may call it, a valid body, and a text, a number and a yes/no field of its form. */
  record Target(String name, String user, Supplier<String> path, Map<String, Object> valid, String textField,
      String numberField, String booleanField, boolean hasRequiredFields) {}

  private final List<Target> targets = new ArrayList<>();
  private String vacancyRef;

  @BeforeEach
  void casesToWriteInto() {
    scenario.reset();
    program.reset();
    ProcessInstance vacancy = scenario.openVacancy("LHS", 1);
    vacancyRef = scenario.reference(vacancy);
    String otherVacancyRef = scenario.reference(scenario.openVacancy("WMS", 1));
    ProcessInstance application = scenario.apply("olivia", vacancyRef);
    ProcessInstance scored = scenario.apply("omar", vacancyRef);
    scenario.verifyAndReview(scored, SelectionScenario.cleanRecord());
    scenario.recommend(scored, true);
    scenario.convene(scored);
    ProcessInstance referral = scenario.as("sally",
        () -> runtime.startProcessInstanceByKey("studentReferral", ReferralTestData.lhsReferral()));

    targets.clear();
    targets.add(new Target("start a vacancy", "hana",
        () -> "/engine-rest/process-definition/key/sroVacancy/start",
        Map.of("vacancyTitle", "SRO post", "postCount", 1,
            "schoolCodes", JSON.createObjectNode().put("value", "[\"LHS\"]").put("type", "Json"),
            "applicationDeadline", District.today().plusDays(9).toString()),
        "vacancyTitle", "postCount", null, true));
    targets.add(new Target("apply", "omar", () -> "/engine-rest/process-definition/key/sroSelection/submit-form",
        Map.of("applyingFor", "self", "vacancyRef", otherVacancyRef, "statement", "I volunteer.",
            "fitnessDeclared", true, "drugFreeDeclared", true),
        "statement", null, "fitnessDeclared", true));
    targets.add(new Target("refer a student", "sally",
        () -> "/engine-rest/process-definition/key/studentReferral/start", ReferralTestData.lhsReferral().entrySet()
            .stream().filter(e -> !e.getKey().equals("referringUser"))
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
        "studentName", null, "familyInterpreterNeeded", true));
    targets.add(new Target("verify a personnel record", "hana",
        () -> "/engine-rest/task/" + taskId(application, "VerifyRecord") + "/complete",
        SelectionScenario.cleanRecord(), "recordNotes", "fullTimeYears", "stateCertified", true));
    targets.add(new Target("score an applicant", "carl",
        () -> "/engine-rest/task/" + scenario.boardTask(scored, "carl").getId() + "/submit-form",
        SelectionScenario.scores(4, true), "scoreComments", "attitude", null, true));
    targets.add(new Target("acknowledge a referral", "paula",
        () -> "/engine-rest/task/" + taskId(referral, "AcknowledgeReferral") + "/complete",
        Map.of(), "acknowledgementComment", null, null, false));
    targets.add(new Target("record consent", "sally",
        () -> "/engine-rest/task/" + taskId(referral, "RecordConsent") + "/complete",
        Map.of("consentDecision", "PENDING", "consentNote", "Left a voicemail for the mother."), "consentNote", null, null, true));
    // running the program (issue 5)
    ProcessInstance outline = program.start("sally", "courseOutline", ProgramScenario.outline("LHS", "paula"));
    targets.add(new Target("submit a course outline", "sally",
        () -> "/engine-rest/process-definition/key/courseOutline/start", ProgramScenario.outline("LHS", "paula"),
        "outlineTitle", "sessions", null, true));
    targets.add(new Target("agree to a course outline", "paula",
        () -> "/engine-rest/task/" + taskId(outline, "PrincipalAgrees") + "/complete",
        Map.of("principalDecision", "AGREE"), "principalComment", null, null, true));
    targets.add(new Target("ask for an SRO's replacement", "peter",
        () -> "/engine-rest/process-definition/key/sroRemoval/start",
        Map.of("removalSchool", "WMS", "removalOfficer", "steve",
            "removalReason", "The school asks in writing for a replacement SRO this term."),
        "removalReason", null, null, true));
    targets.add(new Target("log an activity", "sally", () -> "/engine-rest/process-definition/key/sroActivity/start",
        Map.of("schoolCode", "LHS", "activityKind", "CLASS", "activityDate", District.today().toString(),
            "participants", 25, "activitySummary", "Drug education, grade 9"),
        "activitySummary", "participants", null, true));
  }

  private String taskId(ProcessInstance pi, String key) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult().getId();
  }

  /** Rows of every table, except the engine's metrics, which it writes on its own schedule. */
  private Map<String, Long> rows() {
    Map<String, Long> counts = new LinkedHashMap<>();
    // lower(...): H2 names the schema PUBLIC, PostgreSQL public (the PostgreSQL pass compared no table before)
    for (String table : jdbc.queryForList("select table_name from information_schema.tables"
        + " where lower(table_schema) = 'public' and table_type = 'BASE TABLE' order by table_name", String.class)) {
      if (!table.toUpperCase().endsWith("METER_LOG")) {
        counts.put(table, jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
      }
    }
    return counts;
  }

  private static String body(Map<String, Object> variables) {
    ObjectNode vars = JSON.createObjectNode();
    variables.forEach((k, v) -> {
      if (v instanceof ObjectNode typed) {
        vars.set(k, typed);
      } else {
        vars.set(k, JSON.createObjectNode().putPOJO("value", v));
      }
    });
    return JSON.createObjectNode().set("variables", vars).toString();
  }

  private static Map<String, Object> with(Map<String, Object> valid, String key, Object value) {
    Map<String, Object> v = new LinkedHashMap<>(valid);
    v.put(key, value);
    return v;
  }

  /** The bad requests for one endpoint, as label and body. */
  private Map<String, String> corpus(Target t) {
    Map<String, String> bad = new LinkedHashMap<>();
    bad.put("text field given a list", body(with(t.valid(), t.textField(), List.of(1, 2))));
    if (t.numberField() != null) {
      bad.put("number field given text", body(with(t.valid(), t.numberField(), "four")));
      bad.put("number field out of range", body(with(t.valid(), t.numberField(), 1_000_000)));
    }
    if (t.booleanField() != null) {
      bad.put("yes/no field given text", body(with(t.valid(), t.booleanField(), "yes please")));
    }
    bad.put("unknown field", body(with(t.valid(), "isAdmin", true)));
    // Markup and expression syntax are stored as typed and encoded on output (TextHostileTest); what no
    // person types is refused: NUL and control characters other than newline and tab (issue 14).
    bad.put("NUL in text", body(with(t.valid(), t.textField(), "Seen\u0000.")));
    bad.put("control character in text", body(with(t.valid(), t.textField(), "Seen\u001b[31m.")));
    bad.put("JSON nested 5,000 levels deep", "{\"variables\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}");
    bad.put("serialized Java object", body(with(t.valid(), t.textField(), JSON.createObjectNode()
        .put("value", Base64.getEncoder().encodeToString(new byte[] {(byte) 0xac, (byte) 0xed, 0, 5, 0x73, 0x72}))
        .put("type", "Object").set("valueInfo", JSON.createObjectNode()
            .put("objectTypeName", "java.util.HashMap")
            .put("serializationDataFormat", "application/x-java-serialized-object")))));
    bad.put("JSON-typed Java object", body(with(t.valid(), t.textField(), JSON.createObjectNode()
        .put("value", "{\"command\":[\"sh\"]}").put("type", "Object").set("valueInfo", JSON.createObjectNode()
            .put("objectTypeName", "java.lang.ProcessBuilder").put("serializationDataFormat", "application/json")))));
    bad.put("file", body(with(t.valid(), t.textField(), JSON.createObjectNode().put("value", "AAAA")
        .put("type", "File").set("valueInfo", JSON.createObjectNode().put("filename", "x.sh")))));
    bad.put("megabyte-long text", body(with(t.valid(), t.textField(), "x".repeat(1_500_000))));
    bad.put("body over the limit", body(with(t.valid(), t.textField(), "x".repeat(5_000_000))));
    bad.put("malformed JSON", "{\"variables\": {\"" + t.textField() + "\": {\"value\": ");
    if (t.hasRequiredFields()) {
      bad.put("missing required fields", body(t.path().get().contains("/task/") ? Map.of()
          : Map.of(t.textField(), "only this")));
    }
    return bad;
  }

  @Test
  void everyBadRequestGetsAClearFourHundredAndChangesNothing() throws Exception {
    List<String> failures = new ArrayList<>();
    for (Target target : targets) {
      Http http = Http.as(rest, target.user());
      for (Map.Entry<String, String> bad : corpus(target).entrySet()) {
        Map<String, Long> before = rows();
        ResponseEntity<String> response = http.post(target.path().get(), bad.getValue());
        String what = target.name() + " / " + bad.getKey() + ": " + response.getStatusCode().value() + " "
            + abbreviate(response.getBody());
        int status = response.getStatusCode().value();
        if (status < 400 || status >= 500) {
          failures.add(what);
        } else if (response.getBody() == null || !response.getBody().contains("message")) {
          failures.add(what + " (no message)");
        } else if (response.getBody().contains("\tat ") || response.getBody().contains("at org.")
            || response.getBody().contains("at com.")) {
          failures.add(what + " (stack trace)");
        }
        if (!rows().equals(before)) {
          failures.add(what + " (database changed)");
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  /** The application's own write endpoints, with bodies of their own form. */
  @Test
  void theApplicationsOwnEndpointsRefuseBadRequestsToo() {
    Map<String, String> schools = new LinkedHashMap<>();
    schools.put("code of the wrong type", "{\"code\": 12, \"name\": \"X\", \"level\": \"HIGH\"}");
    schools.put("missing name", "{\"code\": \"NEW\", \"level\": \"HIGH\"}");
    schools.put("unknown field", "{\"code\": \"NEW\", \"name\": \"New\", \"level\": \"HIGH\", \"isAdmin\": true}");
    schools.put("NUL in the name", "{\"code\": \"NEW\", \"name\": \"New\\u0000\", \"level\": \"HIGH\"}");
    schools.put("control character in the name", "{\"code\": \"NEW\", \"name\": \"New\\u0008\", \"level\": \"HIGH\"}");
    schools.put("nested 5,000 levels deep", "{\"code\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}");
    schools.put("feeder school of nowhere", "{\"code\": \"NEW\", \"name\": \"New\", \"level\": \"HIGH\", \"feedsInto\": \"ZZZ\"}");
    schools.put("huge body", "{\"code\": \"NEW\", \"name\": \"" + "x".repeat(5_000_000) + "\", \"level\": \"HIGH\"}");
    schools.put("malformed JSON", "{\"code\": ");
    Map<String, String> people = new LinkedHashMap<>();
    people.put("supervisor who does not exist", "{\"supervisorUsername\": \"ghost\"}");
    people.put("own supervisor", "{\"supervisorUsername\": \"omar\"}");
    people.put("badge with spaces", "{\"badgeNumber\": \"12 34\"}");
    people.put("NUL in title", "{\"title\": \"Officer\\u0000\"}");
    people.put("unknown field", "{\"title\": \"Officer\", \"groups\": [\"camunda-admin\"]}");
    List<String> failures = new ArrayList<>();
    Http admin = Http.as(rest, "admin");
    for (var entry : schools.entrySet()) {
      check(failures, "POST /api/schools / " + entry.getKey(), () -> admin.post("/api/schools", entry.getValue()));
    }
    for (var entry : people.entrySet()) {
      check(failures, "PUT /api/people/omar / " + entry.getKey(),
          () -> admin.exchange(org.springframework.http.HttpMethod.PUT, "/api/people/omar", entry.getValue()));
    }
    check(failures, "POST /api/schools as a principal", () -> Http.as(rest, "paula")
        .post("/api/schools", "{\"code\": \"NEW\", \"name\": \"New\", \"level\": \"HIGH\"}"));
    Map<String, String> assignments = new LinkedHashMap<>();
    assignments.put("officer of the wrong type", "{\"officer\": 12, \"schoolCode\": \"LHS\"}");
    assignments.put("missing officer", "{\"schoolCode\": \"LHS\"}");
    assignments.put("unknown officer", "{\"officer\": \"ghost\", \"schoolCode\": \"LHS\"}");
    assignments.put("unknown school", "{\"officer\": \"steve\", \"schoolCode\": \"ZZZ\"}");
    assignments.put("already serves", "{\"officer\": \"sally\", \"schoolCode\": \"LHS\"}");
    assignments.put("unknown field", "{\"officer\": \"steve\", \"schoolCode\": \"LHS\", \"kind\": \"COVER\"}");
    assignments.put("NUL", "{\"officer\": \"steve\\u0000\", \"schoolCode\": \"LHS\"}");
    assignments.put("control character", "{\"officer\": \"steve\\u0007\", \"schoolCode\": \"LHS\"}");
    assignments.put("huge body", "{\"officer\": \"" + "x".repeat(5_000_000) + "\", \"schoolCode\": \"LHS\"}");
    assignments.put("malformed JSON", "{\"officer\": ");
    Http chief = Http.as(rest, "chief");
    for (var entry : assignments.entrySet()) {
      check(failures, "POST /api/assignments / " + entry.getKey(), () -> chief.post("/api/assignments", entry.getValue()));
    }
    check(failures, "POST /api/assignments as a supervisor", () -> Http.as(rest, "sam")
        .post("/api/assignments", "{\"officer\": \"steve\", \"schoolCode\": \"LHS\"}"));
    check(failures, "POST /api/assignments/{id}/end without a reason", () -> chief.post("/api/assignments/1/end", "{}"));
    check(failures, "POST /api/assignments/{id}/end of no assignment",
        () -> chief.post("/api/assignments/999999/end", "{\"reason\": \"Back to patrol\"}"));
    check(failures, "POST /api/assignments/{id}/end with NUL",
        () -> chief.post("/api/assignments/1/end", "{\"reason\": \"Back\\u0000 to patrol\"}"));
    assertThat(failures).isEmpty();
  }

  private void check(List<String> failures, String what, Supplier<ResponseEntity<String>> call) {
    Map<String, Long> before = rows();
    ResponseEntity<String> response = call.get();
    int status = response.getStatusCode().value();
    String line = what + ": " + status + " " + abbreviate(response.getBody());
    if (status < 400 || status >= 500) {
      failures.add(line);
    } else if (response.getBody() == null || !response.getBody().contains("message")) {
      failures.add(line + " (no message)");
    } else if (response.getBody().contains("\tat ") || response.getBody().contains("at org.")) {
      failures.add(line + " (stack trace)");
    }
    if (!rows().equals(before)) {
      failures.add(line + " (database changed)");
    }
  }

  @Test
  void anotherSchoolsCasesCannotBeWritten() throws Exception {
    Map<String, Long> before = rows();
    Map<String, Object> wms = new LinkedHashMap<>(ReferralTestData.wmsReferral());
    wms.remove("referringUser");
    ResponseEntity<String> start = Http.as(rest, "sally")
        .post("/engine-rest/process-definition/key/studentReferral/start", body(wms));
    assertThat(start.getStatusCode().value()).isEqualTo(400);
    assertThat(start.getBody()).contains("schoolCode").contains("do not act for");
    ResponseEntity<String> complete = Http.as(rest, "peter")
        .post(targets.get(5).path().get(), body(Map.of()));
    assertThat(complete.getStatusCode().value()).isEqualTo(404);
    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void theValidBodiesAreAcceptedSoTheRefusalsAboveAreAboutTheBadParts() {
    for (Target target : targets) {
      ResponseEntity<String> response = Http.as(rest, target.user()).post(target.path().get(), body(target.valid()));
      assertThat(response.getStatusCode().is2xxSuccessful()).as(target.name() + ": " + response.getBody()).isTrue();
    }
  }

  private static String abbreviate(String s) {
    return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
