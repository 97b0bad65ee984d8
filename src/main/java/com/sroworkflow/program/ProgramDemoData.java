package com.sroworkflow.program;

import com.sroworkflow.activity.Activity;
import com.sroworkflow.activity.ActivityRepository;
import com.sroworkflow.assignment.SroAssignment;
import com.sroworkflow.assignment.SroAssignmentRepository;
import com.sroworkflow.selection.Training;
import com.sroworkflow.selection.TrainingRepository;
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
 * The demo program: Sally serves Lincoln High School and Steve its feeder, Washington Middle School,
 * since the start of the school year; both hold valid training and have logged some activities this
 * quarter. Omar was an SRO years ago and his training has lapsed. Loaded when missing, never twice.
 */
@Component
@Profile("!prod")
@Order(40)
class ProgramDemoData implements ApplicationRunner {

  private final SroAssignmentRepository assignments;
  private final TrainingRepository trainings;
  private final ActivityRepository activities;
  private final SchoolCalendar calendar;
  private final ProgramSettings settings;

  ProgramDemoData(SroAssignmentRepository assignments, TrainingRepository trainings, ActivityRepository activities,
      SchoolCalendar calendar, ProgramSettings settings) {
    this.assignments = assignments;
    this.trainings = trainings;
    this.activities = activities;
    this.calendar = calendar;
    this.settings = settings;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    LocalDate today = calendar.today();
    LocalDate schoolYear = LocalDate.of(today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1, 8, 1);
    assign("sally", "LHS", schoolYear);
    assign("steve", "WMS", schoolYear);
    trained("sally", today.minusMonths(15), today.minusMonths(14));
    trained("steve", today.minusMonths(10), today.minusMonths(9));
    if (trainings.findByOfficerUsernameOrderByIdAsc("omar").isEmpty()) {
      Training basic = new Training("omar", null, "BASIC_SRO_COURSE", "Basic SRO course (40 hours)",
          today.minusYears(4));
      basic.complete(today.minusYears(4), "State POST academy", BigDecimal.valueOf(40), "B-2019-118",
          today.minusYears(2));
      trainings.save(basic);
      Training state = new Training("omar", null, "STATE_SRO_CERTIFICATION", "State SRO certification",
          today.minusYears(4));
      state.complete(today.minusYears(4), "State POST commission", null, "SRO-55120", today.minusYears(1));
      trainings.save(state);
    }
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

  private void assign(String officer, String school, LocalDate from) {
    if (assignments.findByOfficerUsernameOrderByStartsOnAscIdAsc(officer).isEmpty()) {
      assignments.save(new SroAssignment(officer, school, SroAssignment.Kind.ASSIGNED, from, "chief"));
    }
  }

  private void trained(String officer, LocalDate basicOn, LocalDate certifiedOn) {
    if (!trainings.findByOfficerUsernameOrderByIdAsc(officer).isEmpty()) {
      return;
    }
    Training basic = new Training(officer, null, "BASIC_SRO_COURSE", "Basic SRO course (40 hours)", basicOn);
    basic.complete(basicOn, "NASRO", BigDecimal.valueOf(40), "NASRO-" + officer.toUpperCase() + "-1",
        basicOn.plusYears(2));
    trainings.save(basic);
    Training state = new Training(officer, null, "STATE_SRO_CERTIFICATION", "State SRO certification", certifiedOn);
    state.complete(certifiedOn, "State POST commission", null, "SRO-" + officer.toUpperCase(), certifiedOn.plusYears(3));
    trainings.save(state);
  }

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
