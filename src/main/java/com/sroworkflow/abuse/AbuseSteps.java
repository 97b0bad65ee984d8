package com.sroworkflow.abuse;

import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.NameTaskForCase;
import com.sroworkflow.system.SubmittedValues;
import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of bpmn/child-abuse-report.bpmn; the rules are in {@link AbuseReports}. */
@Configuration
class AbuseSteps {

  /** Stores the report, opens its compartment, and records the hotline call when it was made before reporting. */
  @Bean
  JavaDelegate registerAbuseReport(AbuseReports reports, AbuseCompartment compartment) {
    return execution -> {
      AbuseReport r = reports.report(SubmittedValues.text(execution, "schoolCode"), execution.getProcessInstanceId(),
          SubmittedValues.choice(execution, "concern", AbuseReport.Concern.class),
          SubmittedValues.yesNo(execution, "staffSuspected"), SubmittedValues.text(execution, "studentName"),
          SubmittedValues.text(execution, "description"));
      CaseRecords.bind(execution, "abuseReportId", r.getId(), r.getSchoolCode());
      boolean called = "YES".equals(SubmittedValues.text(execution, "hotlineCalled"));
      if (called) {
        reports.hotlineCalled(r.getId(), SubmittedValues.text(execution, "hotlineReportNumber"),
            SubmittedValues.dateTime(execution, "hotlineCalledAt"));
      }
      compartment.open(r, execution.getProcessInstanceId());
      execution.setProcessBusinessKey(r.reference());
      String school = reports.schoolName(r.getSchoolCode());
      execution.setVariable("caseTitle", "Report " + r.reference() + " of suspected child " +
          r.getConcern().name().toLowerCase() + " at " + school);
      execution.setVariable(NameTaskForCase.SUBJECT, "report " + r.getId() + ", " + school);
      execution.setVariable("reportSummary", reports.summary(r));
      execution.setVariable("reporter", r.getReportedBy());
      execution.setVariable("hotlineCalled", called);
      execution.setVariable("staffSuspected", r.isStaffSuspected());
      // The report's words and the student are on the record: no variable carries them but the summary.
      execution.removeVariable("description");
      execution.removeVariable("studentName");
    };
  }

  @Bean
  TaskListener recordHotlineCall(AbuseReports reports) {
    return task -> reports.hotlineCalled(CaseRecords.id(task, "abuseReportId"),
        SubmittedValues.text(task, "hotlineReportNumber"), SubmittedValues.dateTime(task, "hotlineCalledAt"));
  }

  @Bean
  TaskListener recordAbuseAcknowledgement(AbuseReports reports) {
    return task -> reports.acknowledged(CaseRecords.id(task, "abuseReportId"));
  }

  @Bean
  TaskListener recordInvestigationDecision(AbuseReports reports) {
    return task -> {
      AbuseReport r = reports.investigationDecided(CaseRecords.id(task, "abuseReportId"),
          SubmittedValues.yesNo(task, "openInvestigation"), SubmittedValues.text(task, "investigationNote"));
      task.setVariable("investigate", r.getInvestigation());
      task.setVariable("abuseInvestigator", r.getInvestigationDecidedBy());
    };
  }

  @Bean
  TaskListener recordInvestigation(AbuseReports reports) {
    return task -> reports.investigated(CaseRecords.id(task, "abuseReportId"),
        SubmittedValues.choice(task, "investigationOutcome", AbuseReport.InvestigationOutcome.class),
        SubmittedValues.text(task, "investigationSummary"));
  }

  @Bean
  ExecutionListener closeAbuseReport(AbuseReports reports) {
    return (DelegateExecution execution) -> {
      Integer days = execution.getProcessEngineServices().getRepositoryService()
          .getProcessDefinition(execution.getProcessDefinitionId()).getHistoryTimeToLive();
      reports.close(CaseRecords.id(execution, "abuseReportId"), Duration.ofDays(days));
    };
  }
}
