package com.sroworkflow.policereport;

import com.sroworkflow.system.SubmittedValues;
import com.sroworkflow.system.CaseRecords;
import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Files the SRO's police report. It is kept for the police-report process's history time to live
 * from filing, the retention of the law-enforcement unit's records, not the school's.
 */
@Component("recordPoliceReport")
class RecordPoliceReport implements TaskListener {

  private final PoliceReports reports;

  RecordPoliceReport(PoliceReports reports) {
    this.reports = reports;
  }

  @Override
  public void notify(DelegateTask task) {
    Integer days = task.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(task.getProcessDefinitionId()).getHistoryTimeToLive();
    reports.file(CaseRecords.id(task, "threatCaseId"), task.getProcessInstanceId(),
        SubmittedValues.text(task, "reportNumber"),
        // "offence" is the key of the form that tasks of the previous model version are bound to
        SubmittedValues.text(task, task.hasVariable("offense") ? "offense" : "offence"),
        SubmittedValues.date(task, "reportDate"),
        SubmittedValues.choice(task, "disposition", PoliceReport.Disposition.class),
        SubmittedValues.text(task, "narrative"),
        Duration.ofDays(days));
  }
}
