package com.sroworkflow.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activities an SRO or a school logged in a stretch of days, as the quarterly report (report)
 * counts them: kind, hours and participants only.
 */
@Service
@Transactional(readOnly = true)
public class ActivityFigures {

  /** A logged activity; hours and participants are null when not given. */
  public record Logged(Activity.Kind kind, BigDecimal hours, Integer participants) {}

  private final ActivityRepository activities;

  ActivityFigures(ActivityRepository activities) {
    this.activities = activities;
  }

  /** What the officer logged from {@code first} to {@code last}, both days included. */
  public List<Logged> loggedBy(String officer, LocalDate first, LocalDate last) {
    return logged(activities.findByOfficerUsernameAndOccurredOnBetween(officer, first, last));
  }

  /** What was logged at the school from {@code first} to {@code last}, both days included. */
  public List<Logged> loggedAt(String schoolCode, LocalDate first, LocalDate last) {
    return logged(activities.findBySchoolCodeAndOccurredOnBetween(schoolCode, first, last));
  }

  private static List<Logged> logged(List<Activity> entries) {
    return entries.stream().map(a -> new Logged(a.getKind(), a.getHours(), a.getParticipants())).toList();
  }
}
