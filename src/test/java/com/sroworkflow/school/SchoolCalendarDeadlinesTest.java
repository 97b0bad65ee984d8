package com.sroworkflow.school;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sroworkflow.Http;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.referral.ReferralTestData;
import com.sroworkflow.system.EngineClock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.TimeZone;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 19's done-when: a referral made at 9 PM is due at the end of the next school day, local time, on the
 * school calendar the district designee enters through /api/calendar (a school year, a holiday, a winter break, and
 * the next school year after the summer), with the server's default zone UTC. The calendar is removed afterwards:
 * the other tests count on every weekday.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchoolCalendarDeadlinesTest {

  @org.springframework.boot.test.web.server.LocalServerPort int port;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired SchoolCalendar calendar;
  @Autowired Deadlines deadlines;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;

  private TimeZone serverZone;

  @BeforeAll
  void theDesigneeEntersTheCalendar() {
    serverZone = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    EngineClock.set(local("2026-11-16T10:00"));
    Http dana = Http.as(rest, "dana");
    created(dana.post("/api/calendar/years", "{\"firstDay\": \"2026-09-09\", \"lastDay\": \"2027-06-25\"}"));
    created(dana.post("/api/calendar/years", "{\"firstDay\": \"2027-09-08\", \"lastDay\": \"2028-06-23\"}"));
    created(dana.post("/api/calendar/closures",
        "{\"kind\": \"HOLIDAY\", \"name\": \"Thanksgiving Day\", \"firstDay\": \"2026-11-26\"}"));
    created(dana.post("/api/calendar/closures",
        "{\"kind\": \"BREAK\", \"name\": \"Winter break\", \"firstDay\": \"2026-12-21\", \"lastDay\": \"2027-01-01\"}"));
  }

  @AfterAll
  void removeTheCalendar() {
    EngineClock.reset();
    TimeZone.setDefault(serverZone);
    jdbc.update("delete from school_closure");
    jdbc.update("delete from school_year");
    jdbc.update("delete from school_calendar_change");
    calendar.reload();
  }

  private static void created(ResponseEntity<String> answer) {
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
  }

  private Instant local(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(calendar.zone()).toInstant();
  }

  private Date dueAt(String reportedLocal) {
    EngineClock.set(local(reportedLocal));
    return deadlines.due("referralAcknowledgement");
  }

  @Test
  void aReferralMadeAtNinePmIsDueAtTheEndOfTheNextSchoolDayLocalTime() {
    EngineClock.set(local("2026-11-18T21:00"));
    identity.setAuthentication("sally", java.util.List.of("sro"), java.util.List.of("LHS"));
    ProcessInstance referral;
    try {
      referral = runtime.startProcessInstanceByKey("studentReferral", ReferralTestData.lhsReferral());
    } finally {
      identity.clearAuthentication();
    }
    Date due = tasks.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey("AcknowledgeReferral")
        .singleResult().getDueDate();
    assertThat(due.toInstant()).isEqualTo(local("2026-11-19T16:00"));
    assertThat(calendar.moment(due.toInstant())).isEqualTo("Thu, Nov 19, 2026, 4:00 PM EST");
    runtime.deleteProcessInstance(referral.getId(), "test");
  }

  @Test
  void acrossAWeekendAHolidayABreakAndTheSummer() {
    assertThat(dueAt("2026-11-20T21:00").toInstant()).as("Friday night: Monday").isEqualTo(local("2026-11-23T16:00"));
    assertThat(dueAt("2026-11-25T21:00").toInstant()).as("before Thanksgiving: Friday")
        .isEqualTo(local("2026-11-27T16:00"));
    assertThat(dueAt("2026-12-18T21:00").toInstant()).as("before the winter break: after it")
        .isEqualTo(local("2027-01-04T16:00"));
    assertThat(dueAt("2027-06-25T21:00").toInstant()).as("the last day of the school year: the next year's first")
        .isEqualTo(local("2027-09-08T16:00"));
    assertThat(dueAt("2027-03-17T11:00").toInstant()).as("during school hours: the next day, EDT")
        .isEqualTo(local("2027-03-18T16:00"));
    assertThat(calendar.moment(local("2027-03-18T16:00"))).isEqualTo("Thu, Mar 18, 2027, 4:00 PM EDT");
  }

  @Test
  void everyoneSignedInReadsTheCalendar() throws Exception {
    ResponseEntity<String> read = Http.as(rest, "paula").get("/api/calendar");
    assertThat(read.getStatusCode().value()).isEqualTo(200);
    JsonNode calendarJson = JSON.readTree(read.getBody());
    assertThat(calendarJson.get("zone").asText()).isEqualTo("America/New_York");
    assertThat(calendarJson.get("mayChange").asBoolean()).isFalse();
    assertThat(calendarJson.get("closures").findValuesAsText("name")).contains("Thanksgiving Day", "Winter break");
    assertThat(calendarJson.get("years").size()).isEqualTo(2);
  }

  @Test
  void refusedDatesSayWhatToFixInTheBundlesWords() throws Exception {
    EngineClock.set(local("2026-11-16T10:00"));
    Http dana = Http.as(rest, "dana");
    assertRefused(dana.post("/api/calendar/closures",
        "{\"kind\": \"BREAK\", \"name\": \"Spring break\", \"firstDay\": \"2027-04-16\", \"lastDay\": \"2027-04-12\"}"),
        "lastDay", "Last day: the last day cannot be before the first day.");
    assertRefused(dana.post("/api/calendar/closures",
        "{\"kind\": \"BREAK\", \"name\": \"Holiday week\", \"firstDay\": \"2026-12-28\", \"lastDay\": \"2027-01-08\"}"),
        "firstDay", "First day: these days overlap Winter break (Mon, Dec 21, 2026 to Fri, Jan 1, 2027).");
    assertRefused(dana.post("/api/calendar/closures",
        "{\"kind\": \"BREAK\", \"name\": \"Summer camp\", \"firstDay\": \"2027-07-05\", \"lastDay\": \"2027-07-09\"}"),
        "firstDay", "First day: the holiday or break must lie inside one school year: 2026–27 (Wed, Sep 9, 2026 to"
            + " Fri, Jun 25, 2027), 2027–28 (Wed, Sep 8, 2027 to Fri, Jun 23, 2028).");
    assertRefused(dana.post("/api/calendar/closures",
        "{\"kind\": \"HOLIDAY\", \"name\": \"Veterans Day\", \"firstDay\": \"2026-11-11\"}"),
        "firstDay", "First day: a holiday or break cannot start before today (Mon, Nov 16, 2026); deadlines already"
            + " counted would be wrong.");
    assertRefused(dana.post("/api/calendar/closures",
        "{\"kind\": \"HOLIDAY\", \"name\": \"Snow day\", \"firstDay\": \"12/03/2026\"}"),
        "firstDay", "First day: enter a date such as 12/21/2026.");
    assertRefused(dana.post("/api/calendar/years", "{\"firstDay\": \"2027-06-01\", \"lastDay\": \"2027-12-01\"}"),
        "firstDay", "First day of school: this school year overlaps the school year 2026–27 (Wed, Sep 9, 2026 to Fri,"
            + " Jun 25, 2027).");
    assertThat(jdbc.queryForObject("select count(*) from school_closure", Integer.class)).isEqualTo(2);
  }

  @Test
  void aBrowserGetsRefusalsAsAnHtmlPageAndTheCalendarPageInUsDates() throws Exception {
    EngineClock.set(local("2026-11-16T10:00"));
    // The page is used as a browser uses it: the Tasklist login's session, and the CSRF token its forms carry.
    com.sroworkflow.WebappSession paula = new com.sroworkflow.WebappSession(port, "paula");
    // paula's calendar page has no form (she may not change it); her session's token is the one on every page
    java.util.regex.Matcher meta = java.util.regex.Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"")
        .matcher(paula.page("/students").body());
    assertThat(meta.find()).isTrue();
    String paulasToken = meta.group(1);
    java.net.http.HttpResponse<String> refused = paula.post("/calendar/closures", "_csrf", paulasToken,
        "kind", "HOLIDAY", "name", "Snow day", "firstDay", "2026-12-03");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().firstValue("content-type").orElse("")).startsWith("text/html");
    assertThat(refused.body()).contains("Only the district designee or an administrator may change the school"
        + " calendar.").contains("Error 403").doesNotContain("\"type\"").doesNotContain("Exception");

    com.sroworkflow.WebappSession dana = new com.sroworkflow.WebappSession(port, "dana");
    java.net.http.HttpResponse<String> page = dana.page("/calendar");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Winter break").contains("Mon, Dec 21, 2026").contains("Fri, Jan 1, 2027")
        .contains("12 days").contains("America/New_York").contains("8:00 AM").contains("4:00 PM");

    java.net.http.HttpResponse<String> badDate = dana.post("/calendar/closures", "_csrf",
        com.sroworkflow.WebappSession.token(page.body()), "kind", "BREAK", "name", "Fall break",
        "firstDay", "2026-12-04", "lastDay", "2026-12-01");
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(badDate.body()).contains("Last day: the last day cannot be before the first day.")
        .contains("value=\"Fall break\"");
  }

  private static void assertRefused(ResponseEntity<String> answer, String field, String message) throws Exception {
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
    JsonNode problem = JSON.readTree(answer.getBody());
    assertThat(problem.get("field").asText()).isEqualTo(field);
    assertThat(problem.get("detail").asText()).isEqualTo(message);
  }

  @Test
  void aClosureThatHasNotBegunIsRemovedAndAudited() throws Exception {
    EngineClock.set(local("2026-11-16T10:00"));
    Http dana = Http.as(rest, "dana");
    ResponseEntity<String> added = dana.post("/api/calendar/closures",
        "{\"kind\": \"HOLIDAY\", \"name\": \"Snow day\", \"firstDay\": \"2026-12-03\"}");
    created(added);
    assertThat(dueAt("2026-12-02T21:00").toInstant()).isEqualTo(local("2026-12-04T16:00"));
    long id = JSON.readTree(added.getBody()).get("id").asLong();
    EngineClock.set(local("2026-11-16T10:00"));
    assertThat(dana.exchange(HttpMethod.DELETE, "/api/calendar/closures/" + id, null).getStatusCode().value())
        .isEqualTo(204);
    assertThat(dueAt("2026-12-02T21:00").toInstant()).isEqualTo(local("2026-12-03T16:00"));
    assertThat(jdbc.queryForList("select changed_by, action, what from school_calendar_change order by id"))
        .extracting(r -> r.get("CHANGED_BY") + " " + r.get("ACTION") + " " + r.get("WHAT"))
        .contains("dana ADD_HOLIDAY Snow day: 2026-12-03", "dana REMOVE_HOLIDAY Snow day: 2026-12-03",
            "dana ADD_BREAK Winter break: 2026-12-21 to 2027-01-01");
  }
}
