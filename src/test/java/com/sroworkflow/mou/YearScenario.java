package com.sroworkflow.mou;

import com.sroworkflow.District;
import com.sroworkflow.assignment.ProgramScenario;
import com.sroworkflow.emergency.DrillRepository;
import com.sroworkflow.emergency.PlanReviewRepository;
import com.sroworkflow.event.EventAssignmentRepository;
import com.sroworkflow.event.SchoolEventRepository;
import com.sroworkflow.meeting.ConferenceRepository;
import com.sroworkflow.meeting.PrincipalMeetingRepository;
import com.sroworkflow.notification.Notification;
import com.sroworkflow.notification.NotificationRepository;
import com.sroworkflow.system.EngineClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The SRO's year as each of its tests expects it: the program of {@link ProgramScenario}, none of the year's
 * processes or records, both demo schools under a current MOU, and the clock on a Monday morning of the fall
 * term (Mon, Nov 30, 2026, 9 AM in the district).
 */
@Component
public class YearScenario {

  public static final List<String> PROCESSES = List.of("schoolYear", "emergencyPlanReview", "emergencyDrill",
      "weeklyMeeting", "sroConference", "schoolEvent", "mouRenewal");

  @Autowired public ProgramScenario program;
  @Autowired public ManagementService management;
  @Autowired public PlanReviewRepository reviews;
  @Autowired public DrillRepository drills;
  @Autowired public PrincipalMeetingRepository meetings;
  @Autowired public ConferenceRepository conferences;
  @Autowired public SchoolEventRepository events;
  @Autowired public EventAssignmentRepository eventAssignments;
  @Autowired public MouRepository mous;
  @Autowired public NotificationRepository outbox;

  public static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

  public void reset() {
    at(MONDAY, 9);
    program.reset();
    for (String key : PROCESSES) {
      program.runtime.createProcessInstanceQuery().processDefinitionKey(key).list()
          .forEach(pi -> program.runtime.deleteProcessInstance(pi.getId(), "test reset", true, true));
    }
    reviews.deleteAll();
    drills.deleteAll();
    meetings.deleteAll();
    conferences.deleteAll();
    eventAssignments.deleteAll();
    events.deleteAll();
    mous.deleteAll();
    for (String school : List.of("LHS", "WMS")) {
      current(school, LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31));
    }
  }

  /**
   * The clock back to the system's, and every school's MOU current around today again, as the demo data has it:
   * the other tests assign SROs on today's date.
   */
  public void done() {
    EngineClock.reset();
    mous.deleteAll();
    LocalDate today = District.today();
    for (String school : List.of("LHS", "WMS")) {
      current(school, today.minusYears(1), today.plusYears(1));
    }
  }

  public Mou current(String school, LocalDate from, LocalDate until) {
    return mous.save(new Mou(school, from, from, until, "MOU " + school, "chief", null,
        until.plusYears(10).atStartOfDay().toInstant(ZoneOffset.UTC)));
  }

  /** The clock at the hour of the day, in the district. */
  public void at(LocalDate day, int hour) {
    EngineClock.set(LocalDateTime.of(day, java.time.LocalTime.of(hour, 0))
        .atZone(District.ZONE).toInstant());
  }

  /** Runs every job that is due now (async steps, timers whose time has come), as the job executor would. */
  public int runDueJobs() {
    int ran = 0;
    for (int round = 0; round < 20; round++) {
      List<Job> due = management.createJobQuery().executable().list().stream()
          .filter(j -> j.getProcessDefinitionKey() != null && PROCESSES.contains(j.getProcessDefinitionKey()))
          .toList();
      if (due.isEmpty()) {
        return ran;
      }
      for (Job job : due) {
        management.executeJob(job.getId());
        ran++;
      }
    }
    return ran;
  }

  /** Runs this morning's check of bpmn/school-year.bpmn through its timer, then what it opened. */
  public void morning() {
    Job timer = management.createJobQuery().processDefinitionKey("schoolYear").timers().singleResult();
    management.executeJob(timer.getId());
    runDueJobs();
  }

  /** Cancels what the morning opened but the test does not walk, so that its timers stay out of the way. */
  public void only(String key) {
    for (String other : PROCESSES) {
      if (!other.equals(key)) {
        instances(other).forEach(pi -> program.runtime.deleteProcessInstance(pi.getId(), "not walked", true, true));
      }
    }
  }

  /** Cancels every case of the year but the one the test walks: fewer timers to run when the clock moves on. */
  public ProcessInstance keepOnly(ProcessInstance walked) {
    for (String key : PROCESSES) {
      instances(key).stream().filter(pi -> !pi.getId().equals(walked.getId()))
          .forEach(pi -> program.runtime.deleteProcessInstance(pi.getId(), "not walked", true, true));
    }
    return walked;
  }

  public List<ProcessInstance> instances(String key) {
    return program.runtime.createProcessInstanceQuery().processDefinitionKey(key).list();
  }

  public Task task(ProcessInstance pi, String key) {
    return program.task(pi, key);
  }

  public List<Notification> mailsTo(String recipient) {
    return outbox.findByRecipientUsernameOrderByIdAsc(recipient);
  }
}
