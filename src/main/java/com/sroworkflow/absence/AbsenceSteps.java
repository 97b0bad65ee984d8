package com.sroworkflow.absence;

import com.sroworkflow.identity.People;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.security.CurrentUser;
import com.sroworkflow.system.InvalidInputException;
import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
import java.util.Date;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of an absence and its cover ({@code bpmn/sro-absence.bpmn}), each a small bean. */
@Configuration
class AbsenceSteps {

  @Bean
  JavaDelegate registerAbsence(Absences absences, People people, SchoolCalendar calendar) {
    return execution -> {
      String by = people.actingUser(SubmittedValues.text(execution, "initiator"));
      SroAbsence a = absences.enter(execution.getProcessInstanceId(), by,
          SubmittedValues.text(execution, "absenceOfficer"), SubmittedValues.text(execution, "absenceKind"),
          SubmittedValues.text(execution, "absenceFirstDay"), SubmittedValues.text(execution, "absenceLastDay"),
          SubmittedValues.text(execution, "absenceNote"));
      // an absence belongs to no school tenant: the sergeant, who is no member of any school, works it
      CaseRecords.bind(execution, "absenceId", a.getId(), null);
      execution.setVariable("absentOfficer", a.getOfficerUsername());
      execution.setVariable("sergeant", people.supervisorOf(a.getOfficerUsername()).orElseThrow());
      execution.setVariable("coverOptions", SpinValues.jsonValue(absences.coverOptions(a.getId())).create());
      execution.setVariable("absenceDays", calendar.day(a.getFirstDay()) + " to " + calendar.day(a.getLastDay()));
      execution.setVariable("absenceStarts", Date.from(a.getFirstDay().atStartOfDay(calendar.zone()).toInstant()));
      execution.setVariable("absenceEnds",
          Date.from(a.getLastDay().plusDays(1).atStartOfDay(calendar.zone()).toInstant()));
      execution.setVariable("caseTitle", a.getKind().label() + ": " + people.displayName(a.getOfficerUsername()));
      execution.setProcessBusinessKey("absence-" + a.getId());
    };
  }

  @Bean
  TaskListener recordAbsenceCover(Absences absences, People people) {
    return task -> absences.nameCover(CaseRecords.id(task, "absenceId"), people.actingUser(task.getAssignee()),
        SubmittedValues.text(task, "coverOfficer"));
  }

  @Bean
  JavaDelegate handOverToCover(Absences absences) {
    return execution -> execution.setVariable("tasksHandedOver", (long) absences.start(CaseRecords.id(execution, "absenceId")));
  }

  /**
   * The cancel process ({@code bpmn/sro-absence-cancel.bpmn}): the SRO or their sergeant picks the absence; the
   * absence's own case gets the message that cancels it wherever it waits (naming the cover, before the first day,
   * during the absence). The person cannot change the absence's case; the program does it on their word.
   */
  @Bean
  JavaDelegate cancelAbsence(Absences absences, People people, CurrentUser currentUser) {
    return execution -> {
      String by = people.actingUser(SubmittedValues.text(execution, "initiator"));
      Long id = parse(SubmittedValues.text(execution, "absenceId"));
      SroAbsence a = absences.requireCancelable(id, by);
      execution.setVariable("caseTitle", "Canceled: " + a.getKind().label() + ", "
          + people.displayName(a.getOfficerUsername()));
      try {
        currentUser.withoutCaller(() -> execution.getProcessEngineServices().getRuntimeService()
            .createMessageCorrelation(CANCELED_MESSAGE).processInstanceId(a.getProcessInstanceId())
            .setVariable("canceledBy", by).correlateWithResult());
      } catch (MismatchingMessageCorrelationException e) {
        throw InvalidInputException.of("absenceId", "absence.absenceId.not-at-this-step");
      }
    };
  }

  /** The absence's case, canceled: the cover ends, the tasks come back (event subprocess of the absence). */
  @Bean
  JavaDelegate absenceCanceled(Absences absences) {
    return execution -> execution.setVariable("tasksHandedBack", (long) absences.cancel(
        CaseRecords.id(execution, "absenceId"), SubmittedValues.text(execution, "canceledBy")));
  }

  static final String CANCELED_MESSAGE = "sroAbsenceCanceled";

  private static Long parse(String id) {
    try {
      return id == null ? null : Long.valueOf(id.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @Bean
  JavaDelegate handBackFromCover(Absences absences) {
    return execution -> execution.setVariable("tasksHandedBack", (long) absences.end(CaseRecords.id(execution, "absenceId")));
  }
}
