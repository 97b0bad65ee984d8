package com.sroworkflow.assignment;

import com.sroworkflow.school.SchoolCalendar;
import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo program: Sally serves Lincoln High School and Steve its feeder, Washington Middle School,
 * since the start of the school year (their training: training.TrainingDemoData; their activities:
 * activity.ActivityDemoData). Loaded when missing, never twice.
 */
@Component
@Profile("!prod")
@Order(40)
class AssignmentDemoData implements ApplicationRunner {

  private final SroAssignmentRepository assignments;
  private final SchoolCalendar calendar;

  AssignmentDemoData(SroAssignmentRepository assignments, SchoolCalendar calendar) {
    this.assignments = assignments;
    this.calendar = calendar;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    LocalDate today = calendar.today();
    LocalDate schoolYear = LocalDate.of(today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1, 8, 1);
    assign("sally", "LHS", schoolYear);
    assign("steve", "WMS", schoolYear);
  }

  private void assign(String officer, String school, LocalDate from) {
    if (assignments.findByOfficerUsernameOrderByStartsOnAscIdAsc(officer).isEmpty()) {
      assignments.save(new SroAssignment(officer, school, SroAssignment.Kind.ASSIGNED, from, "chief"));
    }
  }
}
