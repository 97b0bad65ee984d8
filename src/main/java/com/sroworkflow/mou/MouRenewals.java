package com.sroworkflow.mou;

import com.sroworkflow.identity.People;
import com.sroworkflow.school.School;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of {@code bpmn/mou-renewal.bpmn} and the morning check of {@code bpmn/school-year.bpmn} that opens
 * a renewal when a school's MOU comes within the first reminder of its expiry (one renewal per MOU: its
 * business key is the MOU's, so a rerun of the morning job opens nothing twice).
 */
@Configuration
class MouRenewals {

  static final String PROCESS = "mouRenewal";

  @Bean
  JavaDelegate watchMous(Mous mous, Schools schools, SchoolCalendar calendar, MouSettings settings,
      RuntimeService runtime, HistoryService history, CaseRecords caseRecords) {
    return execution -> {
      LocalDate today = calendar.today();
      Period first = settings.getReminders().isEmpty() ? Period.ofDays(60) : settings.getReminders().get(0);
      Period second = settings.getReminders().size() > 1 ? settings.getReminders().get(1) : Period.ofDays(30);
      for (School school : schools.all()) {
        Mou mou = mous.latest(school.getCode()).orElse(null);
        if (mou == null || mou.getExpiresOn().minus(first).isAfter(today)) {
          continue;
        }
        String key = "mou-" + mou.getId();
        if (history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).processInstanceBusinessKey(key)
            .count() > 0) {
          continue;
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("mouSchool", school.getCode());
        variables.put("schoolName", school.getName());
        variables.put("expiresOnText", calendar.day(mou.getExpiresOn()));
        // the day after the last day it is current, at the start: the moment it has expired
        variables.put("expiresAt", Date.from(mou.getExpiresOn().plusDays(1).atStartOfDay(calendar.zone())
            .toInstant()));
        LocalDate remind = mou.getExpiresOn().minus(second);
        variables.put("reminderAt", Date.from((remind.isAfter(today) ? remind : today.plusDays(1))
            .atStartOfDay(calendar.zone()).toInstant()));
        variables.put("taskSubject", school.getName() + ", expires " + calendar.day(mou.getExpiresOn()));
        // the model's first step runs in a job of its own (asyncAfter), after the binding below
        variables.put("mouId", mou.getId());
        ProcessInstance started = runtime.startProcessInstanceByKey(PROCESS, key, variables);
        caseRecords.bind(started, "mouId", mou.getId());
      }
    };
  }

  /** The first reminder: the Chief and the district designees are mailed a link to the renewal task. */
  @Bean
  TaskListener askForMouRenewal(Mous mous) {
    return task -> mous.askForRenewal(CaseRecords.id(task, "mouId"), task.getId(), task.getProcessInstanceId());
  }

  /** The renewed, signed MOU: a new record for the school; the old one stays on file. */
  @Bean
  TaskListener recordMouRenewal(Mous mous, People people) {
    return task -> {
      Mou old = mous.require(CaseRecords.id(task, "mouId"));
      Mou renewed = mous.record(old.getSchoolCode(), SubmittedValues.date(task, "signedOn"),
          SubmittedValues.date(task, "startsOn"), SubmittedValues.date(task, "expiresOn"),
          SubmittedValues.text(task, "documentRef"), people.actingUser("chief"), task.getProcessInstanceId());
      CaseRecords.bind(task.getExecution(), "renewedMouId", renewed.getId(), null);
      task.getExecution().setVariable("renewedMouId", renewed.getId());
    };
  }

  @Bean
  JavaDelegate tellMouExpired(Mous mous) {
    return execution -> mous.tellExpired(CaseRecords.id(execution, "mouId"), execution.getProcessInstanceId());
  }
}
