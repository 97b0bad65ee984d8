package com.sroworkflow.narrative;

import com.sroworkflow.identity.People;
import com.sroworkflow.notification.Notifications;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of the monthly narrative ({@code bpmn/sro-monthly-narrative.bpmn}), each a small bean. */
@Configuration
class NarrativeSteps {

  static final String PROCESS = "sroMonthlyNarrative";
  /** Opens one SRO's narrative for a month (the model's message start event). */
  static final String MESSAGE = "sroNarrativeDue";
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

  /**
   * On the month's first school day: one narrative case for each SRO who served last month and has none yet
   * ({@link Narratives#monthDue}: none for a month with no school day). A second run (a retried job, a second node,
   * a later morning) opens no second one: the business key and the record say so.
   */
  @Bean
  JavaDelegate openMonthlyNarratives(Narratives narratives, SchoolCalendar calendar, RuntimeService runtime) {
    return execution -> {
      long opened = 0;
      Optional<YearMonth> due = narratives.monthDue(calendar.today());
      execution.setVariable("narrativeMonth", due.map(YearMonth::toString).orElse(null));
      if (due.isEmpty()) {
        execution.setVariable("narrativesOpened", opened);
        return;
      }
      YearMonth month = due.get();
      for (String officer : narratives.officersServing(month)) {
        String key = "narrative-" + officer + "-" + month;
        if (!narratives.exists(officer, month)
            && runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count() == 0) {
          runtime.startProcessInstanceByMessage(MESSAGE, key, Map.of("officer", officer, "month", month.toString()));
          opened++;
        }
      }
      execution.setVariable("narrativesOpened", opened);
    };
  }

  @Bean
  JavaDelegate prefillNarrative(Narratives narratives, People people, Notifications notifications) {
    return execution -> {
      String officer = SubmittedValues.text(execution, "officer");
      YearMonth month = YearMonth.parse(SubmittedValues.text(execution, "month"));
      Optional<SroNarrative> opened = narratives.open(officer, month, execution.getProcessInstanceId());
      execution.setVariable("narrativeExists", opened.isEmpty());
      if (opened.isEmpty()) {
        return;
      }
      SroNarrative n = opened.get();
      CaseRecords.bind(execution, "narrativeId", n.getId(), null);
      execution.setVariable("monthFigures", n.getFigures());
      execution.setVariable("monthName", MONTH.format(month));
      execution.setVariable("officerName", people.displayName(officer));
      execution.setVariable("sergeant", n.getSupervisorUsername());
      execution.setVariable("caseTitle", "Monthly narrative, " + MONTH.format(month) + ": " + people.displayName(officer));
      notifications.send(officer, "narrative.due", null, "Narrative " + month + " " + officer,
          execution.getProcessInstanceId(), MONTH.format(month));
    };
  }

  @Bean
  TaskListener recordNarrative(Narratives narratives, People people) {
    return task -> {
      narratives.write(CaseRecords.id(task, "narrativeId"), people.actingUser(task.getAssignee()),
          SubmittedValues.text(task, "narrative"));
      // the sergeant's task shows it; the record keeps it after the case ends
      task.getExecution().setVariable("narrativeText", SubmittedValues.text(task, "narrative").strip());
      task.getExecution().removeVariable("narrative");
    };
  }

  @Bean
  TaskListener recordNarrativeRead(Narratives narratives, People people) {
    return task -> narratives.read(CaseRecords.id(task, "narrativeId"), people.actingUser(task.getAssignee()));
  }
}
