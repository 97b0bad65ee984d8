package com.sroworkflow.event;

import static com.sroworkflow.system.JsonVariables.json;

import com.sroworkflow.identity.People;
import com.sroworkflow.notification.Notifications;
import com.sroworkflow.school.Deadlines;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of bpmn/school-event.bpmn. */
@Configuration
class EventSteps {

  @Bean
  JavaDelegate registerEvent(SchoolEvents events, People people, Schools schools, SchoolCalendar calendar) {
    return execution -> {
      SchoolEvent e = events.register(SubmittedValues.text(execution, "eventSchool"),
          SubmittedValues.text(execution, "eventTitle"), SubmittedValues.text(execution, "eventKind"),
          SubmittedValues.date(execution, "eventDate"), SubmittedValues.text(execution, "eventStarts"),
          SubmittedValues.text(execution, "eventEnds"), SubmittedValues.text(execution, "eventNote"),
          people.actingUser(SubmittedValues.text(execution, "initiator")), execution.getProcessInstanceId());
      // an event belongs to no school tenant: the Detective Sergeant who designates it acts for no school
      CaseRecords.bind(execution, "eventId", e.getId(), null);
      String when = calendar.moment(starts(e, calendar)) + " to " + e.getEndsAt();
      execution.setVariable("eventWhen", when);
      execution.setVariable("schoolName", schools.name(e.getSchoolCode()));
      execution.setVariable("sroOptions", json(events.sroOptions(e.getSchoolCode())));
      execution.setVariable("taskSubject", e.getTitle() + ", " + schools.name(e.getSchoolCode()) + ", " + when);
    };
  }

  private static Instant starts(SchoolEvent e, SchoolCalendar calendar) {
    return LocalDateTime.of(e.getEventDate(), LocalTime.parse(e.getStartsAt())).atZone(calendar.zone()).toInstant();
  }

  @Bean
  TaskListener assignEventSros(SchoolEvents events, Deadlines deadlines, SchoolCalendar calendar) {
    return task -> {
      Long id = CaseRecords.id(task, "eventId");
      events.assign(id, SubmittedValues.choices(task, "assignedSros"));
      SchoolEvent e = events.require(id);
      Instant ends = LocalDateTime.of(e.getEventDate(), LocalTime.parse(e.getEndsAt())).atZone(calendar.zone())
          .toInstant();
      task.getExecution().setVariable("attendanceDue", deadlines.dueAfter(Date.from(ends), "eventAttendanceRecord"));
    };
  }

  /** The assigned SRO is mailed the event and a link to the task in which they record it afterwards. */
  @Bean
  TaskListener tellSroOfEvent(Notifications notifications) {
    return task -> notifications.send(task.getAssignee(), "event.assigned", task.getId(),
        task.getExecution().getProcessBusinessKey(), task.getProcessInstanceId(), task.getVariable("schoolName"),
        task.getVariable("eventWhen"));
  }

  @Bean
  TaskListener recordEventAttendance(SchoolEvents events) {
    return task -> events.recordAttendance(CaseRecords.id(task, "eventId"), (String) task.getVariable("sro"),
        SubmittedValues.text(task, "attendance"), SubmittedValues.number(task, "hoursWorked"),
        SubmittedValues.text(task, "whatHappened"));
  }
}
