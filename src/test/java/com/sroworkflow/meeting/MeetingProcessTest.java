package com.sroworkflow.meeting;

import com.sroworkflow.District;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.sroworkflow.IntegrationTest;
import com.sroworkflow.figures.RecordScope;
import com.sroworkflow.mou.YearScenario;
import com.sroworkflow.system.InvalidInputException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of bpmn/weekly-meeting.bpmn (met, not met) and bpmn/sro-conference.bpmn (held, rescheduled and
 * held, not held), as the SRO, the teacher and the principal take them.
 */
@IntegrationTest
class MeetingProcessTest {

  @Autowired YearScenario year;
  @Autowired MeetingFigures figures;

  @BeforeEach
  void reset() {
    year.reset();
  }

  @AfterEach
  void done() {
    year.reset();
    year.done();
  }

  private ProcessInstance meeting(String school) {
    return year.instances("weeklyMeeting").stream().filter(pi -> pi.getBusinessKey().startsWith("meeting-" + school))
        .findFirst().orElseThrow();
  }

  private long count(RecordScope scope, String kind) {
    return figures.count(scope).stream().filter(c -> c.kind().equals(kind)).findFirst().orElseThrow().count();
  }

  private static final RecordScope WEEK = new RecordScope(null, Set.of(), YearScenario.MONDAY,
      YearScenario.MONDAY.plusDays(6));

  @Test
  void theSroMeetsThePrincipalThisWeekAndRecordsNotesAndActionItems() {
    year.morning();
    ProcessInstance pi = meeting("LHS");
    Task task = year.task(pi, "MeetPrincipal");
    assertThat(task.getName()).isEqualTo("Meet the principal and record the meeting: Lincoln High School, week of"
        + " Mon, Nov 30, 2026");
    assertThat(LocalDate.ofInstant(task.getDueDate().toInstant(), District.ZONE))
        .isEqualTo(LocalDate.of(2026, 12, 4));
    assertThatThrownBy(() -> year.program.complete("sally", task, Map.of("meetingOutcome", "HELD",
        "metOn", "2026-11-27", "meetingNotes", "Talked", "actionItems", "none")))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("metOn"));
    year.program.complete("sally", task, Map.of("meetingOutcome", "HELD", "metOn", "2026-11-30",
        "meetingNotes", "Parking lot after games; the spring assembly.", "actionItems", "Sally: talk to the coach."));
    assertThat(pi).hasPassed("MeetingRecorded").isEnded();
    assertThat(year.meetings.findBySchoolCodeAndWeekOf("LHS", YearScenario.MONDAY).orElseThrow().getStatus())
        .isEqualTo(PrincipalMeeting.Status.HELD);
    assertThat(count(new RecordScope("sally", Set.of(), YearScenario.MONDAY, YearScenario.MONDAY), "principalMeeting"))
        .isEqualTo(1);

    ProcessInstance wms = meeting("WMS");
    year.program.complete("steve", year.task(wms, "MeetPrincipal"), Map.of("meetingOutcome", "NOT_HELD",
        "notHeldReason", "The principal was at the district training all week."));
    assertThat(wms).isEnded();
    assertThat(year.meetings.findBySchoolCodeAndWeekOf("WMS", YearScenario.MONDAY).orElseThrow().getStatus())
        .isEqualTo(PrincipalMeeting.Status.NOT_HELD);
    assertThat(count(WEEK, "principalMeeting")).isEqualTo(1);
  }

  private Map<String, Object> request(String school) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("schoolCode", school);
    v.put("requesterRole", "PARENT");
    v.put("requesterName", "Morgan Doe");
    v.put("requesterContact", "555-0100, evenings");
    v.put("conferenceTopic", "Messages her son gets online from an adult he does not know.");
    return v;
  }

  @Test
  void aTeacherAsksForAParentsConferenceTheSroSchedulesReschedulesHoldsAndRecordsIt() {
    assertThatThrownBy(() -> year.program.start("tina", "sroConference", request("WMS")))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("schoolCode"));
    ProcessInstance pi = year.program.start("tina", "sroConference", request("LHS"));
    assertThat(pi).hasPassed("RegisterConference").isWaitingAt("ScheduleConference");
    Task schedule = year.task(pi, "ScheduleConference");
    assertThat(schedule.getName()).isEqualTo("Schedule the conference: Parent or guardian, Lincoln High School");
    assertThat(schedule.getName()).doesNotContain("Morgan");
    assertThat(schedule.getTenantId()).isEqualTo("LHS");
    assertThatThrownBy(() -> year.program.complete("sally", schedule, Map.of("conferenceAt", "2026-12-05T10:00",
        "conferencePlace", "SRO office")))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getMessage()).contains("no school day"));
    year.program.complete("sally", schedule, Map.of("conferenceAt", "2026-12-01T10:00", "conferencePlace",
        "SRO office"));
    Task hold = year.task(pi, "HoldConference");
    assertThat(hold.getDueDate()).isNotNull();
    year.program.complete("sally", hold, Map.of("conferenceOutcome", "RESCHEDULE",
        "notHeldReason", "The parent asked for Thursday."));
    assertThat(pi).isWaitingAt("ScheduleConference");
    year.program.complete("sally", year.task(pi, "ScheduleConference"), Map.of("conferenceAt", "2026-12-03T15:00",
        "conferencePlace", "SRO office"));
    Task again = year.task(pi, "HoldConference");
    assertThatThrownBy(() -> year.program.complete("sally", again, Map.of("conferenceOutcome", "HELD",
        "conferenceSummary", "Too early: not held yet.")))
        .satisfies(e -> assertThat(InvalidInputException.findIn(e).getField()).isEqualTo("conferenceOutcome"));
    year.at(LocalDate.of(2026, 12, 3), 16);
    year.program.complete("sally", again, Map.of("conferenceOutcome", "HELD", "conferenceSummary",
        "Went through the messages; showed how to report and block.", "conferenceFollowUp", "Cyber tip filed."));
    assertThat(pi).hasPassedInOrder("ScheduleConference", "HoldConference", "ScheduleConference", "HoldConference",
        "ConferenceRecorded").isEnded();
    assertThat(year.conferences.findAll()).singleElement().satisfies(c -> {
      assertThat(c.getStatus()).isEqualTo(Conference.Status.HELD);
      assertThat(c.getSroUsername()).isEqualTo("sally");
    });
    assertThat(count(WEEK, "conference")).isEqualTo(1);
  }

  @Test
  void aConferenceNotHeldIsRecordedAsSuch() {
    ProcessInstance pi = year.program.start("paula", "sroConference", request("LHS"));
    year.program.complete("sally", year.task(pi, "ScheduleConference"), Map.of("conferenceAt", "2026-12-01T10:00",
        "conferencePlace", "Main office"));
    year.program.complete("sally", year.task(pi, "HoldConference"), Map.of("conferenceOutcome", "NOT_HELD",
        "notHeldReason", "The parent withdrew the request."));
    assertThat(pi).hasPassed("ConferenceRecorded").isEnded();
    assertThat(year.conferences.findAll()).singleElement().extracting(Conference::getStatus)
        .isEqualTo(Conference.Status.NOT_HELD);
    assertThat(count(WEEK, "conference")).isZero();
  }
}
