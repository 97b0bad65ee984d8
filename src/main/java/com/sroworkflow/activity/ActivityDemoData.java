package com.sroworkflow.activity;

import com.sroworkflow.school.SchoolCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo SROs' activity log: Sally (Lincoln High School) and Steve (Washington Middle School) have
 * logged some activities this quarter. Loaded when missing, never twice.
 */
@Component
@Profile("!prod")
@Order(40)
class ActivityDemoData implements ApplicationRunner {

  private final ActivityRepository activities;
  private final SchoolCalendar calendar;
  private final ActivitySettings settings;

  ActivityDemoData(ActivityRepository activities, SchoolCalendar calendar, ActivitySettings settings) {
    this.activities = activities;
    this.calendar = calendar;
    this.settings = settings;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    LocalDate today = calendar.today();
    LocalDate quarter = today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
    log("sally", "LHS", quarter, today, List.of(
        new Entry(Activity.Kind.CLASS, 3, 1.0, 28, "Laws: search and seizure, grade 11 civics"),
        new Entry(Activity.Kind.CLASS, 10, 1.0, 31, "Careers in law enforcement, grade 12"),
        new Entry(Activity.Kind.CLASS, 24, 1.5, 26, "Drug education, grade 9 health"),
        new Entry(Activity.Kind.EVENT, 12, 3.0, 400, "Homecoming football game"),
        new Entry(Activity.Kind.EVENT, 30, 2.0, 150, "Parent night: online safety"),
        new Entry(Activity.Kind.PRINCIPAL_MEETING, 5, 1.0, 2, "Monthly meeting with the principal"),
        new Entry(Activity.Kind.PRINCIPAL_MEETING, 35, 1.0, 2, "Monthly meeting with the principal"),
        new Entry(Activity.Kind.CALL_FOR_SERVICE, 17, 0.5, null, "Theft from a locker reported"),
        new Entry(Activity.Kind.CALL_FOR_SERVICE, 40, 1.0, null, "Traffic at the bus loop")));
    log("steve", "WMS", quarter, today, List.of(
        new Entry(Activity.Kind.CLASS, 6, 1.0, 24, "Police and their role in society, grade 7"),
        new Entry(Activity.Kind.CLASS, 20, 1.0, 25, "Drug education, grade 8"),
        new Entry(Activity.Kind.EVENT, 14, 2.0, 200, "Fall festival"),
        new Entry(Activity.Kind.PRINCIPAL_MEETING, 7, 1.0, 2, "Monthly meeting with the principal"),
        new Entry(Activity.Kind.CALL_FOR_SERVICE, 9, 0.5, null, "Fight on the playground"),
        new Entry(Activity.Kind.CALL_FOR_SERVICE, 28, 0.5, null, "Trespasser at the gym entrance"),
        new Entry(Activity.Kind.CALL_FOR_SERVICE, 38, 1.0, null, "Vandalism in a restroom")));
  }

  private record Entry(Activity.Kind kind, int dayOfQuarter, double hours, Integer participants, String summary) {}

  private void log(String officer, String school, LocalDate quarter, LocalDate today, List<Entry> entries) {
    if (!activities.findByOfficerUsernameAndOccurredOnBetween(officer, quarter.minusYears(1), today).isEmpty()) {
      return;
    }
    for (Entry e : entries) {
      LocalDate day = quarter.plusDays(e.dayOfQuarter());
      if (day.isAfter(today)) {
        day = today;
      }
      activities.save(new Activity(officer, school, e.kind(), day, BigDecimal.valueOf(e.hours()), e.participants(),
          e.summary(), null, day.plus(settings.getActivitiesKeptFor()).atStartOfDay().toInstant(ZoneOffset.UTC)));
    }
  }
}
