package com.sroworkflow.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The deadlines on the district's school calendar, with the clock fixed; the server's own zone is UTC. */
class DeadlinesTest {

  private static final ZoneId ZONE = ZoneId.of("America/New_York");
  // 2026-11-26 is Thanksgiving, declared a holiday here.
  private static final SchoolCalendar.Settings CALENDAR = new SchoolCalendar.Settings(ZONE.getId(),
      LocalTime.of(8, 0), LocalTime.of(16, 0), List.of(LocalDate.of(2026, 11, 26)));
  private static final Map<String, String> RULES = Map.of(
      "referral-acknowledgement", "1 school day", "threat-safety-evaluation", "2 school days",
      "threat-screening", "same school day", "threat-protective-actions", "4 school hours",
      "threat-review-high", "7 days", "threat-imminent-danger", "immediately",
      "selection-personnel-check", "R3/P5D");

  private static Deadlines at(String localDateTime) {
    Clock clock = Clock.fixed(local(localDateTime).toInstant(), ZoneOffset.UTC);
    return new Deadlines(new SchoolCalendar(CALENDAR, clock), new Deadlines.Settings(RULES));
  }

  private static Date local(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant());
  }

  @Test
  void aReferralMadeAtNinePmIsDueAtTheEndOfTheNextSchoolDayLocalTime() {
    // 9 PM in New York is 02:00 UTC the next day: the deadline is still Thursday's end, 4 PM in New York.
    assertThat(at("2026-11-18T21:00").due("referralAcknowledgement")).isEqualTo(local("2026-11-19T16:00"));
  }

  @Test
  void withinSchoolDaysMeansByTheEndOfTheLastOfThem() {
    assertThat(at("2026-11-18T10:00").due("referralAcknowledgement")).isEqualTo(local("2026-11-19T16:00"));
    assertThat(at("2026-11-18T10:00").due("threatSafetyEvaluation")).isEqualTo(local("2026-11-20T16:00"));
    // Before school starts, the day ahead is the first school day.
    assertThat(at("2026-11-18T06:30").due("referralAcknowledgement")).isEqualTo(local("2026-11-18T16:00"));
  }

  @Test
  void weekendsAndHolidaysAreNoSchoolDays() {
    assertThat(at("2026-11-20T10:00").due("referralAcknowledgement")).isEqualTo(local("2026-11-23T16:00"));
    assertThat(at("2026-11-21T12:00").due("threatSafetyEvaluation")).isEqualTo(local("2026-11-24T16:00"));
    assertThat(at("2026-11-25T09:30").due("referralAcknowledgement")).isEqualTo(local("2026-11-27T16:00"));
  }

  @Test
  void theSameSchoolDayEndsAtTheEndOfTodayOrOfTheNextSchoolDay() {
    assertThat(at("2026-11-23T09:00").due("threatScreening")).isEqualTo(local("2026-11-23T16:00"));
    assertThat(at("2026-11-23T17:00").due("threatScreening")).isEqualTo(local("2026-11-24T16:00"));
    assertThat(at("2026-11-25T18:00").due("threatScreening")).isEqualTo(local("2026-11-27T16:00"));
  }

  @Test
  void schoolHoursCountOnlyWhileSchoolIsInSession() {
    assertThat(at("2026-11-18T10:00").due("threatProtectiveActions")).isEqualTo(local("2026-11-18T14:00"));
    assertThat(at("2026-11-18T14:00").due("threatProtectiveActions")).isEqualTo(local("2026-11-19T10:00"));
    assertThat(at("2026-11-25T21:00").due("threatProtectiveActions")).isEqualTo(local("2026-11-27T12:00"));
  }

  @Test
  void calendarDaysLandOnASchoolDay() {
    assertThat(at("2026-11-18T10:00").due("threatReviewHigh")).isEqualTo(local("2026-11-25T10:00"));
    assertThat(at("2026-11-19T10:00").due("threatReviewHigh")).isEqualTo(local("2026-11-27T10:00"));
    assertThat(at("2026-11-18T10:00").threatReview("HIGH")).isEqualTo(local("2026-11-25T10:00"));
  }

  @Test
  void aReminderCycleIsDueAtItsFirstReminder() {
    Deadlines deadlines = at("2026-11-18T10:00");
    assertThat(deadlines.due("selectionPersonnelCheck")).isEqualTo(local("2026-11-23T10:00"));
    assertThat(deadlines.reminders("selectionPersonnelCheck")).isEqualTo("R3/P5D");
    assertThatThrownBy(() -> deadlines.reminders("threatScreening")).hasMessageContaining("threat-screening");
  }

  @Test
  void immediatelyIsNowAndCountsFromAGivenMoment() {
    assertThat(at("2026-11-18T10:00").due("threatImminentDanger")).isEqualTo(local("2026-11-18T10:00"));
    assertThat(at("2026-11-18T10:00").dueAfter(local("2026-11-25T10:00"), "threatSafetyEvaluation"))
        .isEqualTo(local("2026-11-30T16:00"));
  }

  @Test
  void anUnknownOrMalformedDeadlineIsRefusedByName() {
    assertThatThrownBy(() -> at("2026-11-18T10:00").due("noSuchStep"))
        .hasMessageContaining("sro.deadlines.no-such-step");
    assertThatThrownBy(() -> new Deadlines(new SchoolCalendar(CALENDAR, Clock.systemUTC()),
        new Deadlines.Settings(Map.of("x", "3 fortnights")))).hasMessageContaining("sro.deadlines.x");
  }

  @Test
  void datesAndMomentsAreWrittenForUsersInUsFormAndTheDistrictsZone() {
    SchoolCalendar calendar = new SchoolCalendar(CALENDAR, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    // 02:00 UTC on Dec 4 is still Thursday evening in New York.
    Instant evening = local("2026-12-03T21:00").toInstant();
    assertThat(calendar.moment(evening)).isEqualTo("Thu, Dec 3, 2026, 9:00 PM EST");
    assertThat(calendar.day(evening)).isEqualTo("Thu, Dec 3, 2026");
    assertThat(calendar.day(LocalDate.of(2026, 7, 4))).isEqualTo("Sat, Jul 4, 2026");
    assertThat(calendar.moment(local("2026-07-06T16:00").toInstant())).isEqualTo("Mon, Jul 6, 2026, 4:00 PM EDT");
  }
}
