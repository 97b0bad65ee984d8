package com.sroworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sroworkflow.IntegrationTest;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.system.EngineClock;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The school calendar (issue 19) changes only by the district designee or an administrator: a principal, an SRO or
 * a teacher is refused (403), anyone without a login too (401), a page form without the session's form token is not
 * run as the session's person, and a bad date is a 400 problem in the bundle's words. The database is exactly as
 * before every probe.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarHostileTest {

  private static final String BREAK = "{\"kind\": \"BREAK\", \"name\": \"Spring break\", \"firstDay\": \"2027-04-12\","
      + " \"lastDay\": \"2027-04-16\"}";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired SchoolCalendar calendar;

  private Hostile hostile;
  private long closure;

  @BeforeAll
  void aCalendarWithABreak() {
    EngineClock.set(LocalDateTime.parse("2026-11-16T10:00").atZone(calendar.zone()).toInstant());
    hostile = new Hostile(port, jdbc);
    assertThat(hostile.post("dana", "/api/calendar/years", "{\"firstDay\": \"2026-09-09\", \"lastDay\": \"2027-06-25\"}")
        .status()).isEqualTo(201);
    Hostile.Answer added = hostile.post("dana", "/api/calendar/closures", BREAK);
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    closure = added.json().get("id").asLong();
  }

  @AfterAll
  void removeIt() {
    EngineClock.reset();
    jdbc.update("delete from school_closure");
    jdbc.update("delete from school_year");
    jdbc.update("delete from school_calendar_change");
    calendar.reload();
  }

  @Test
  void onlyTheDesigneeOrAnAdministratorChangesTheCalendar() {
    String winter = "{\"kind\": \"BREAK\", \"name\": \"Winter break\", \"firstDay\": \"2026-12-21\","
        + " \"lastDay\": \"2027-01-01\"}";
    for (String user : new String[] {"paula", "sally", "tina"}) {
      hostile.refused(user + " adds a break", () -> hostile.post(user, "/api/calendar/closures", winter), 403);
      hostile.refused(user + " adds a school year", () -> hostile.post(user, "/api/calendar/years",
          "{\"firstDay\": \"2027-09-08\", \"lastDay\": \"2028-06-23\"}"), 403);
      hostile.refused(user + " removes the spring break", () -> hostile.call(user, "DELETE",
          "/api/calendar/closures/" + closure, null), 403);
      hostile.refused(user + " removes it through the page's form", () -> hostile.call(user, "POST",
          "/calendar/closures/" + closure + "/delete", null), 403);
    }
    hostile.refused("anonymous adds a break", () -> hostile.post(null, "/api/calendar/closures", winter), 401);
    hostile.refused("anonymous reads the calendar", () -> hostile.get(null, "/api/calendar"), 401);
    hostile.refused("paula's refusal names who may", () -> {
      Hostile.Answer answer = hostile.post("paula", "/api/calendar/closures", winter);
      assertThat(answer.json().get("detail").asText())
          .isEqualTo("Only the district designee or an administrator may change the school calendar.");
      return answer;
    }, 403);
  }

  @Test
  void aPageFormWithoutTheSessionsTokenDoesNotRunAsTheSessionsPerson() {
    hostile.refused("dana's session, no token", () -> hostile.formWithSession("dana", "/calendar/closures",
        "kind=HOLIDAY&name=Snow+day&firstDay=2026-12-03"), 403);
    hostile.refused("dana's session, a wrong token", () -> hostile.formWithSession("dana",
        "/calendar/closures/" + closure + "/delete", "_csrf=0123456789abcdef"), 403);
  }

  @Test
  void badDatesAreA400InTheBundlesWordsAndChangeNothing() {
    hostile.refused("end before start", () -> problem(hostile.post("dana", "/api/calendar/closures",
        "{\"kind\": \"BREAK\", \"name\": \"Fall break\", \"firstDay\": \"2026-12-04\", \"lastDay\": \"2026-12-01\"}"),
        "lastDay", "Last day: the last day cannot be before the first day."), 400);
    hostile.refused("not a date", () -> problem(hostile.post("dana", "/api/calendar/closures",
        "{\"kind\": \"HOLIDAY\", \"name\": \"Snow day\", \"firstDay\": \"tomorrow\"}"),
        "firstDay", "First day: enter a date such as 12/21/2026."), 400);
    hostile.refused("no kind", () -> problem(hostile.post("dana", "/api/calendar/closures",
        "{\"kind\": \"PARTY\", \"name\": \"Snow day\", \"firstDay\": \"2026-12-03\"}"),
        "kind", "Kind: choose a holiday or a break."), 400);
    hostile.refused("overlap", () -> problem(hostile.post("dana", "/api/calendar/closures",
        "{\"kind\": \"HOLIDAY\", \"name\": \"Snow day\", \"firstDay\": \"2027-04-14\"}"),
        "firstDay", "First day: these days overlap Spring break (Mon, Apr 12, 2027 to Fri, Apr 16, 2027)."), 400);
    hostile.refused("outside the school year", () -> problem(hostile.post("dana", "/api/calendar/closures",
        "{\"kind\": \"HOLIDAY\", \"name\": \"Independence Day\", \"firstDay\": \"2027-07-05\"}"),
        "firstDay", "First day: the holiday or break must lie inside one school year: 2026–27 (Wed, Sep 9, 2026 to"
            + " Fri, Jun 25, 2027)."), 400);
    hostile.refused("in the past", () -> problem(hostile.post("dana", "/api/calendar/closures",
        "{\"kind\": \"HOLIDAY\", \"name\": \"Veterans Day\", \"firstDay\": \"2026-11-11\"}"),
        "firstDay", "First day: a holiday or break cannot start before today (Mon, Nov 16, 2026); deadlines already"
            + " counted would be wrong."), 400);
    hostile.refused("an unknown field", () -> hostile.post("dana", "/api/calendar/closures",
        "{\"kind\": \"HOLIDAY\", \"name\": \"Snow day\", \"firstDay\": \"2026-12-03\", \"school\": \"LHS\"}"), 400);
    hostile.refused("no such closure", () -> hostile.call("dana", "DELETE", "/api/calendar/closures/999999", null),
        404);
  }

  private static Hostile.Answer problem(Hostile.Answer answer, String field, String detail) {
    assertThat(answer.json().get("field").asText()).as(answer.body()).isEqualTo(field);
    assertThat(answer.json().get("detail").asText()).isEqualTo(detail);
    assertThat(answer.headers().get("content-type").get(0)).startsWith("application/problem+json");
    return answer;
  }
}
