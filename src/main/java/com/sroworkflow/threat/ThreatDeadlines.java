package com.sroworkflow.threat;

import com.sroworkflow.school.SchoolCalendar;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The deadlines of {@code threatAssessment} and {@code policeReport}, for their timers and due dates. */
@Component("threatDeadlines")
public class ThreatDeadlines {

  private final SchoolCalendar calendar;
  private final SchoolCalendar.Settings school;
  private final ThreatSettings settings;

  public ThreatDeadlines(SchoolCalendar calendar, SchoolCalendar.Settings school, ThreatSettings settings) {
    this.calendar = calendar;
    this.school = school;
    this.settings = settings;
  }

  /** Screening is due the same school day (or the configured number of school days later). */
  public Date screeningDue() {
    int days = settings.screeningSchoolDays();
    return days == 0 ? calendar.endOfSchoolDay() : calendar.schoolDaysFromNow(days);
  }

  /** Parents, the principal and the SRO's decision are due promptly after a substantive classification. */
  public Date protectiveActionsDue() {
    return Date.from(now().toInstant().plus(settings.protectiveActionsDue()));
  }

  public Date safetyEvaluationDue() {
    return calendar.schoolDaysFromNow(settings.safetyEvaluationSchoolDays());
  }

  public Date policeReportDue() {
    return calendar.schoolDaysFromNow(settings.policeReportSchoolDays());
  }

  /**
   * When the next follow-up review is due: the interval of the level of concern from now, moved to
   * the next school day if it falls on a weekend or holiday.
   */
  public Date nextReview(String levelOfConcern) {
    ZonedDateTime t = now().toInstant().atZone(calendar.zone())
        .plus(settings.reviewInterval().of(LevelOfConcern.valueOf(levelOfConcern)));
    while (!calendar.isSchoolDay(t.toLocalDate())) {
      t = t.plusDays(1);
    }
    return Date.from(t.toInstant());
  }

  /** A review that has come due is to be done within the configured school days. */
  public Date reviewDue(Date reviewAt) {
    return calendar.schoolDaysAfter(reviewAt, settings.reviewDueSchoolDays());
  }

  /** A plan action due on a date is due by the end of that day's school hours. */
  public Date endOfDay(LocalDate day) {
    return Date.from(day.atTime(school.dayEnds()).atZone(calendar.zone()).toInstant());
  }

  private static Date now() {
    return ClockUtil.getCurrentTime();
  }
}
