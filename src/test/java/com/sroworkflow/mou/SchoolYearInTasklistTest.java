package com.sroworkflow.mou;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sroworkflow.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The SRO's year walked as Tasklist walks it: each demo user logs in to the webapp, finds the task under the
 * filter their manual names, loads its deployed form and submits it (the engine API under /camunda with the
 * session and its CSRF token). A principal of another school finds nothing of it and changes nothing.
 */
@IntegrationTest
class SchoolYearInTasklistTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String API = "/camunda/api/engine/engine/default";

  @LocalServerPort int port;
  @Autowired YearScenario year;

  private final Map<String, HttpClient> sessions = new HashMap<>();
  private final Map<String, CookieManager> cookies = new HashMap<>();

  @BeforeEach
  void reset() {
    year.reset();
  }

  @AfterEach
  void done() {
    year.reset();
    year.done();
  }

  private record Answer(int status, JsonNode json, String body) {}

  private Answer call(String user, String method, String path, String body) throws Exception {
    HttpClient client = sessions.get(user);
    if (client == null) {
      CookieManager jar = new CookieManager();
      client = HttpClient.newBuilder().cookieHandler(jar).build();
      client.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).build(),
          HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri(
              "/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf(jar))
          .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).as("login of " + user).isEqualTo(200);
      client.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default")).build(),
          HttpResponse.BodyHandlers.ofString());
      sessions.put(user, client);
      cookies.put(user, jar);
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(API + path)).header("Accept", "application/json")
        .header("X-XSRF-TOKEN", csrf(cookies.get(user)))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode json = response.body() == null || response.body().isBlank() ? JSON.createObjectNode()
        : JSON.readTree(response.body());
    return new Answer(response.statusCode(), json, response.body());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String csrf(CookieManager jar) {
    return jar.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .reduce((first, last) -> last).orElseThrow().getValue();
  }

  /** The user's task under the named filter, as Tasklist lists it. */
  private JsonNode taskUnder(String user, String filter, String taskKey) throws Exception {
    Answer filters = call(user, "GET", "/filter?resourceType=Task", null);
    assertThat(filters.status()).as(filters.body()).isEqualTo(200);
    String id = null;
    for (JsonNode f : filters.json()) {
      if (f.path("name").asText().equals(filter)) {
        id = f.path("id").asText();
      }
    }
    assertThat(id).as(user + " has the filter " + filter).isNotNull();
    Answer tasks = call(user, "POST", "/filter/" + id + "/list?firstResult=0&maxResults=50", "{}");
    assertThat(tasks.status()).isEqualTo(200);
    for (JsonNode t : tasks.json()) {
      if (t.path("taskDefinitionKey").asText().equals(taskKey)) {
        return t;
      }
    }
    throw new AssertionError(user + " finds no " + taskKey + " under " + filter + ": " + tasks.body());
  }

  private void submit(String user, JsonNode task, String formId, String variables) throws Exception {
    String id = task.path("id").asText();
    Answer form = call(user, "GET", "/task/" + id + "/deployed-form", null);
    assertThat(form.json().path("id").asText()).isEqualTo(formId);
    assertThat(call(user, "GET", "/task/" + id + "/form-variables", null).status()).isEqualTo(200);
    if (task.path("assignee").isNull() || task.path("assignee").asText().isEmpty()) {
      assertThat(call(user, "POST", "/task/" + id + "/claim", "{\"userId\": \"" + user + "\"}").status())
          .isEqualTo(204);
    }
    Answer done = call(user, "POST", "/task/" + id + "/submit-form", "{\"variables\": {" + variables + "}}");
    assertThat(done.status()).as(done.body()).isEqualTo(204);
  }

  private static String v(String name, Object value) {
    return "\"" + name + "\": {\"value\": " + (value instanceof String ? "\"" + value + "\"" : value) + "}";
  }

  @Test
  void aTeachersConferenceRequestIsScheduledHeldAndRecordedInTasklistAndAnotherSchoolSeesNothing() throws Exception {
    Answer started = call("tina", "POST", "/process-definition/key/sroConference/submit-form",
        "{\"variables\": {" + String.join(", ", v("schoolCode", "LHS"), v("requesterRole", "STUDENT"),
            v("requesterName", "Jordan Miller"), v("requesterContact", "Room 210, period 4"),
            v("conferenceTopic", "Someone keeps taking his bike at the rack.")) + "}}");
    assertThat(started.status()).as(started.body()).isEqualTo(200);

    JsonNode schedule = taskUnder("sally", "Meetings and conferences", "ScheduleConference");
    assertThat(schedule.path("name").asText()).isEqualTo("Schedule the conference: Student, Lincoln High School");
    // a principal of another school: not found, and nothing changes
    String id = schedule.path("id").asText();
    assertThat(call("peter", "GET", "/task/" + id, null).status()).isEqualTo(404);
    assertThat(call("peter", "POST", "/task/" + id + "/submit-form", "{\"variables\": {}}").status())
        .isIn(403, 404);
    assertThat(year.conferences.findAll()).singleElement()
        .satisfies(c -> assertThat(c.getScheduledAt()).isNull());

    submit("sally", schedule, "sro-conference-schedule",
        String.join(", ", v("conferenceAt", "2026-12-01T10:00:00"), v("conferencePlace", "SRO office")));
    year.at(LocalDate.of(2026, 12, 1), 15);
    JsonNode hold = taskUnder("sally", "Meetings and conferences", "HoldConference");
    submit("sally", hold, "sro-conference-record", String.join(", ", v("conferenceOutcome", "HELD"),
        v("conferenceSummary", "Registered the bike; talked about a lock."), v("conferenceFollowUp", "none")));
    assertThat(year.instances("sroConference")).isEmpty();
  }

  @Test
  void eachRoleFindsItsYearTasksUnderItsFilter() throws Exception {
    year.mous.deleteAll(year.mous.findBySchoolCodeOrderByExpiresOnDescIdDesc("WMS"));
    year.current("WMS", LocalDate.of(2026, 1, 20), LocalDate.of(2027, 1, 19));
    year.morning();
    submit("paula", taskUnder("paula", "Emergency planning", "ReviewPlan"), "emergency-plan-review-record",
        String.join(", ", v("reviewedOn", "2026-11-30"), v("reviewSro", "sally"),
            v("planChanges", "none"), v("reviewFollowUp", "none")));
    taskUnder("peter", "Emergency planning", "ScheduleDrill");
    submit("steve", taskUnder("steve", "Meetings and conferences", "MeetPrincipal"), "weekly-meeting-record",
        String.join(", ", v("meetingOutcome", "HELD"), v("metOn", "2026-11-30"), v("meetingNotes", "Bus loop"),
            v("actionItems", "none")));
    taskUnder("chief", "MOU renewals", "RenewMou");
    taskUnder("dana", "MOU renewals", "RenewMou");

    Answer event = call("sam", "POST", "/process-definition/key/schoolEvent/submit-form",
        "{\"variables\": {" + String.join(", ", v("eventSchool", "WMS"), v("eventTitle", "Winter concert"),
            v("eventKind", "OTHER"), v("eventDate", "2026-11-30"), v("eventStarts", "18:00"),
            v("eventEnds", "20:00")) + "}}");
    assertThat(event.status()).as(event.body()).isEqualTo(200);
    submit("sam", taskUnder("sam", "Events", "AssignSros"), "school-event-assign",
        "\"assignedSros\": {\"value\": \"[\\\"steve\\\"]\", \"type\": \"Json\"}");
    year.at(LocalDate.of(2026, 12, 1), 9);
    submit("steve", taskUnder("steve", "Events", "RecordAttendance"), "school-event-record",
        String.join(", ", v("attendance", "ATTENDED"), v("hoursWorked", 2.5), v("whatHappened", "Quiet night.")));
    assertThat(year.instances("schoolEvent")).isEmpty();
  }
}
