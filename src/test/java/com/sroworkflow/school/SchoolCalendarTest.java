package com.sroworkflow.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SchoolCalendarTest {

  private static final ZoneId ZONE = ZoneId.of("America/Chicago");
  // 2026-11-26 is Thanksgiving, declared a holiday here.
  private final SchoolCalendar calendar = new SchoolCalendar(
      new SchoolCalendar.Settings(ZONE.getId(), LocalTime.of(16, 0), List.of(LocalDate.of(2026, 11, 26))));

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private static Date at(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant());
  }

  @Test
  void oneSchoolDayAfterFridaySkipsTheWeekend() {
    assertThat(calendar.schoolDaysAfter(at("2026-11-20T10:00"), 1)).isEqualTo(at("2026-11-23T10:00"));
  }

  @Test
  void schoolDaysSkipHolidays() {
    assertThat(calendar.schoolDaysAfter(at("2026-11-25T09:30"), 1)).isEqualTo(at("2026-11-27T09:30"));
  }

  @Test
  void aDeadlineStartedOutsideSchoolHoursGetsTheWholeSchoolDays() {
    assertThat(calendar.schoolDaysAfter(at("2026-11-21T12:00"), 1)).isEqualTo(at("2026-11-23T16:00"));
    assertThat(calendar.schoolDaysAfter(at("2026-11-20T17:30"), 1)).isEqualTo(at("2026-11-23T16:00"));
    assertThat(calendar.schoolDaysAfter(at("2026-11-21T12:00"), 2)).isEqualTo(at("2026-11-24T16:00"));
  }

  @Test
  void theSameSchoolDayEndsAtTheEndOfTodayOrOfTheNextSchoolDay() {
    ClockUtil.setCurrentTime(at("2026-11-23T09:00"));
    assertThat(calendar.endOfSchoolDay()).isEqualTo(at("2026-11-23T16:00"));
    ClockUtil.setCurrentTime(at("2026-11-23T17:00"));
    assertThat(calendar.endOfSchoolDay()).isEqualTo(at("2026-11-24T16:00"));
    ClockUtil.setCurrentTime(at("2026-11-25T18:00"));
    assertThat(calendar.endOfSchoolDay()).isEqualTo(at("2026-11-27T16:00"));
  }
}
