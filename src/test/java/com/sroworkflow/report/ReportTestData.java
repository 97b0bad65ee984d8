package com.sroworkflow.report;

import com.sroworkflow.activity.Activity;
import com.sroworkflow.activity.ActivityRepository;
import com.sroworkflow.assignment.ProgramScenario;
import com.sroworkflow.assignment.SroAssignment;
import com.sroworkflow.assignment.SroAssignmentRepository;
import com.sroworkflow.selection.TrainingRepository;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.threeten.extra.YearQuarter;

/**
 * A known quarter (2025-Q1) of assignments, threat cases, referrals, activities and training, written
 * straight into the tables, with the figures the report must show worked out by hand in
 * {@link QuarterlyReportTest}. Every student in it is called {@value #STUDENT}: no report may show it.
 */
@Component
class ReportTestData {

  static final String STUDENT = "Casey Reportson";
  static final YearQuarter QUARTER = YearQuarter.of(2025, 1);

  @Autowired JdbcTemplate jdbc;
  @Autowired ProgramScenario scenario;
  @Autowired SroAssignmentRepository assignments;
  @Autowired ActivityRepository activities;
  @Autowired TrainingRepository trainings;

  void load() {
    scenario.reset();
    remove();
    assignments.deleteAll();
    LocalDate today = scenario.calendar.today();
    assignments.save(ProgramScenario.assignment("sally", "LHS", SroAssignment.Kind.ASSIGNED, "2024-08-01", null));
    assignments.save(ProgramScenario.assignment("steve", "WMS", SroAssignment.Kind.ASSIGNED, "2024-08-01", "2025-02-14"));
    assignments.save(ProgramScenario.assignment("sally", "WMS", SroAssignment.Kind.COVER, "2025-02-15", "2025-03-10"));
    assignments.save(ProgramScenario.assignment("steve", "WMS", SroAssignment.Kind.ASSIGNED, "2025-03-11", null));

    threat("LHS", "2025-01-10", "HIGH", "RESOLVED");
    threat("LHS", "2025-02-03", "MEDIUM", null);
    threat("LHS", "2025-03-20", null, "DISMISSED");
    threat("WMS", "2025-01-20", "LOW", "TRANSIENT_RESOLVED");
    threat("WMS", "2025-02-20", "MEDIUM", null);
    threat("WMS", "2025-03-15", "HIGH", null);
    threat("LHS", "2025-04-02", "HIGH", null);
    threat("LHS", "2024-12-20", "LOW", null);

    referral("LHS", "sally", "2025-01-06T09:00", 4, "riverbend-mental-health", "LINKED");
    referral("LHS", "sally", "2025-02-10T09:00", 26, "harbor-youth-recovery", null);
    referral("LHS", "sally", "2025-03-03T09:00", null, null, null);
    referral("WMS", "steve", "2025-01-15T10:00", 2, "county-family-services", "FAMILY_DECLINED");
    referral("LHS", "sally", "2025-04-10T09:00", 1, "riverbend-mental-health", null);

    activity("sally", "LHS", Activity.Kind.CLASS, "2025-01-15", 1.0, 25);
    activity("sally", "LHS", Activity.Kind.CLASS, "2025-02-01", 1.5, 30);
    activity("sally", "WMS", Activity.Kind.EVENT, "2025-02-20", 2.0, 100);
    activity("sally", "LHS", Activity.Kind.PRINCIPAL_MEETING, "2025-03-05", 1.0, 2);
    activity("sally", "LHS", Activity.Kind.CLASS, "2025-04-03", 1.0, 20);
    activity("steve", "WMS", Activity.Kind.CALL_FOR_SERVICE, "2025-03-12", 0.5, null);

    for (String officer : new String[] {"sally", "steve"}) {
      trainings.deleteAll(trainings.findByOfficerUsernameOrderByIdAsc(officer));
    }
    scenario.trained("sally", LocalDate.parse("2024-06-01"), LocalDate.parse("2026-06-01"));
    scenario.trained("steve", LocalDate.parse("2020-01-01"), LocalDate.parse("2025-03-01"));
    if (today.isBefore(LocalDate.parse("2025-04-01"))) {
      throw new IllegalStateException("the known quarter must lie in the past");
    }
  }

  void remove() {
    jdbc.update("delete from threat_case where student_name = ?", STUDENT);
    jdbc.update("delete from referral where student_name = ?", STUDENT);
  }

  private Timestamp at(String dateTime) {
    LocalDateTime t = dateTime.length() == 10 ? LocalDate.parse(dateTime).atTime(12, 0) : LocalDateTime.parse(dateTime);
    return Timestamp.from(t.atZone(zone()).toInstant());
  }

  private ZoneId zone() {
    return scenario.calendar.zone();
  }

  private void threat(String school, String reported, String level, String outcome) {
    jdbc.update("insert into threat_case (school_code, student_name, student_grade, targets, behaviour,"
        + " incident_date, incident_location, weapon, imminent_danger, report_source, anonymous, reported_at,"
        + " level_of_concern, outcome) values (?, ?, '9', 'A classmate', 'Said he would hurt him', ?, 'Hall',"
        + " 'NONE', false, 'STAFF', false, ?, ?, ?)", school, STUDENT, java.sql.Date.valueOf(reported.substring(0, 10)),
        at(reported), level, outcome);
  }

  private void referral(String school, String sro, String referred, Integer ackHours, String agency, String outcome) {
    Timestamp at = at(referred);
    Timestamp ack = ackHours == null ? null : Timestamp.from(at.toInstant().plusSeconds(ackHours * 3600L));
    jdbc.update("insert into referral (school_code, student_name, student_grade, district_student_id,"
        + " family_contact_name, family_contact_relationship, purpose, reason, expected_outcome, referred_by,"
        + " referred_at, consent_status, acknowledged_at, agency_id, outcome) values (?, ?, '9', 'S-1', 'Pat Reportson',"
        + " 'Mother', 'Support', 'Worried', 'Help', ?, ?, 'GIVEN', ?, ?, ?)", school, STUDENT, sro, at, ack, agency,
        outcome);
  }

  private void activity(String officer, String school, Activity.Kind kind, String day, double hours,
      Integer participants) {
    activities.save(new Activity(officer, school, kind, LocalDate.parse(day), BigDecimal.valueOf(hours), participants,
        "Test entry", null, LocalDate.parse(day).plusYears(5).atStartOfDay().toInstant(ZoneOffset.UTC)));
  }
}
