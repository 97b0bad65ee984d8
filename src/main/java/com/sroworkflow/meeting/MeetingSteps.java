package com.sroworkflow.meeting;

import com.sroworkflow.identity.People;
import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of bpmn/weekly-meeting.bpmn and bpmn/sro-conference.bpmn, and the morning opening. */
@Configuration
class MeetingSteps {

  @Bean
  JavaDelegate openWeeklyMeetings(Meetings meetings) {
    return execution -> meetings.openWeek();
  }

  @Bean
  TaskListener recordWeeklyMeeting(Meetings meetings, People people) {
    return task -> meetings.recordMeeting(CaseRecords.id(task, "meetingId"), SubmittedValues.text(task,
        "meetingOutcome"), SubmittedValues.date(task, "metOn"), SubmittedValues.text(task, "meetingNotes"),
        SubmittedValues.text(task, "actionItems"), SubmittedValues.text(task, "notHeldReason"),
        people.actingUser("system"));
  }

  /** The request becomes the record; the task names say who asks by role and school, never by name. */
  @Bean
  JavaDelegate registerConference(Meetings meetings, People people, com.sroworkflow.school.Schools schools) {
    return execution -> {
      Conference c = meetings.registerConference(SubmittedValues.text(execution, "schoolCode"),
          SubmittedValues.text(execution, "requesterRole"), SubmittedValues.text(execution, "requesterName"),
          SubmittedValues.text(execution, "requesterContact"), SubmittedValues.text(execution, "conferenceTopic"),
          people.actingUser(SubmittedValues.text(execution, "initiator")), execution.getProcessInstanceId());
      CaseRecords.bind(execution, "conferenceId", c.getId(), c.getSchoolCode());
      execution.setVariable("schoolName", schools.name(c.getSchoolCode()));
      execution.setVariable("requesterLabel", c.getRequesterRole().label());
      execution.setVariable("taskSubject", c.getRequesterRole().label() + ", " + schools.name(c.getSchoolCode()));
    };
  }

  @Bean
  TaskListener scheduleConference(Meetings meetings, People people) {
    return task -> {
      Meetings.Scheduled scheduled = meetings.scheduleConference(CaseRecords.id(task, "conferenceId"),
          SubmittedValues.dateTime(task, "conferenceAt"), SubmittedValues.text(task, "conferencePlace"), people.actingUser("system"));
      task.getExecution().setVariable("conferenceDue", scheduled.recordDue());
      task.getExecution().setVariable("conferenceWhen", scheduled.when());
    };
  }

  @Bean
  TaskListener recordConference(Meetings meetings, People people) {
    return task -> {
      String outcome = SubmittedValues.text(task, "conferenceOutcome");
      meetings.recordConference(CaseRecords.id(task, "conferenceId"), outcome,
          SubmittedValues.text(task, "conferenceSummary"), SubmittedValues.text(task, "conferenceFollowUp"),
          SubmittedValues.text(task, "notHeldReason"), people.actingUser("system"));
      task.getExecution().setVariable("conferenceRescheduled", "RESCHEDULE".equals(outcome));
    };
  }
}
