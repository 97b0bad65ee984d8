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
    String reportNumber = SubmittedValues.text(task, "reportNumber");
    // "offence" is the key of the form that tasks of the previous model version are bound to
    String offense = SubmittedValues.text(task, task.hasVariable("offense") ? "offense" : "offence");
    var reportDate = SubmittedValues.date(task, "reportDate");
    var disposition = SubmittedValues.choice(task, "disposition", PoliceReport.Disposition.class);
    String narrative = SubmittedValues.text(task, "narrative");
    // An incident's SRO (bpmn/school-incident.bpmn) calls this process with its incidentId; a threat case with its threatCaseId.
    Long incidentId = CaseRecords.idIfAny(task, "incidentId");
    if (incidentId != null) {
      reports.fileForIncident(incidentId, task.getTenantId(), task.getProcessInstanceId(), reportNumber, offense,
          reportDate, disposition, narrative, Duration.ofDays(days));
    } else {
      reports.file(CaseRecords.id(task, "threatCaseId"), task.getProcessInstanceId(), reportNumber, offense,
          reportDate, disposition, narrative, Duration.ofDays(days));
    }
  }
}
