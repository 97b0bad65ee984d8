package com.sroworkflow.activity;

import com.sroworkflow.assignment.Assignments;
import com.sroworkflow.identity.People;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.system.InvalidInputException;
import com.sroworkflow.system.SubmittedValues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The SRO's activity log: an SRO records what they did at a school they serve. */
@Service
@Transactional
class ActivityLog {

  private final ActivityRepository activities;
  private final Assignments assignments;
  private final Schools schools;
  private final SchoolCalendar calendar;
  private final ActivitySettings settings;

  ActivityLog(ActivityRepository activities, Assignments assignments, Schools schools, SchoolCalendar calendar,
      ActivitySettings settings) {
    this.activities = activities;
    this.assignments = assignments;
    this.schools = schools;
    this.calendar = calendar;
    this.settings = settings;
  }

  public Activity record(String sro, String schoolCode, String kind, String date, Number hours, Number participants,
      String summary, String processInstanceId) {
    String school = schools.require("schoolCode", schoolCode).getCode();
    LocalDate day;
    try {
      day = LocalDate.parse(date == null ? "" : date.length() > 10 ? date.substring(0, 10) : date);
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of("activityDate", "activity.activityDate.date-date-yyyy-mm");
    }
    if (day.isAfter(calendar.today())) {
      throw InvalidInputException.of("activityDate", "activity.activityDate.activity-logged-once-happened");
    }
    if (day.isBefore(calendar.today().minusYears(1))) {
      throw InvalidInputException.of("activityDate", "activity.activityDate.log-activities-past-year");
    }
    boolean served = assignments.ofSchool(school).stream()
        .anyMatch(a -> a.getOfficerUsername().equals(sro) && a.isActiveOn(day));
    if (!served) {
      throw InvalidInputException.of("activityDate", "activity.activityDate.were-assigned", schools.name(school), day);
    }
    Activity.Kind k = SubmittedValues.choice("activityKind", kind == null ? "" : kind, Activity.Kind.class);
    if (hours != null && (hours.doubleValue() < 0 || hours.doubleValue() > 24)) {
      throw InvalidInputException.of("activityHours", "activity.activityHours.hours");
    }
    if (participants != null && (participants.doubleValue() < 0 || participants.doubleValue() > 5000
        || participants.doubleValue() != Math.floor(participants.doubleValue()))) {
      throw InvalidInputException.of("participants", "activity.participants.participants-whole-number");
    }
    if (summary == null || summary.isBlank()) {
      throw InvalidInputException.of("activitySummary", "activity.activitySummary.short-summary-required");
    }
    return activities.save(new Activity(sro, school, k, day,
        hours == null ? null : BigDecimal.valueOf(hours.doubleValue()),
        participants == null ? null : participants.intValue(), summary.strip(), processInstanceId,
        day.plus(settings.getActivitiesKeptFor()).atStartOfDay().toInstant(ZoneOffset.UTC)));
  }

  @org.springframework.context.annotation.Configuration
  static class Steps {

    /** Records the entry; the summary lives in the log, the process keeps its id. */
    @Bean
    JavaDelegate recordActivity(ActivityLog log, People people) {
      return execution -> {
        Activity a = log.record(people.actingUser(SubmittedValues.text(execution, "initiator")),
            SubmittedValues.text(execution, "schoolCode"), SubmittedValues.text(execution, "activityKind"),
            SubmittedValues.text(execution, "activityDate"), SubmittedValues.number(execution, "activityHours"),
            SubmittedValues.number(execution, "participants"), SubmittedValues.text(execution, "activitySummary"),
            execution.getProcessInstanceId());
        execution.setVariable("activityId", a.getId());
        execution.setVariable("caseTitle", a.getKind().label() + " on " + a.getOccurredOn());
        execution.removeVariable("activitySummary");
      };
    }
  }
}
