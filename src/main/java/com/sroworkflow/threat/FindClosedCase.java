package com.sroworkflow.threat;

import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
import static com.sroworkflow.system.JsonVariables.json;

import com.sroworkflow.identity.People;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.system.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Finds the closed case a review is asked for, at the school the review was started for, and shows
 * the reviewer what it stands as: its classification, outcome, marking and earlier re-markings.
 */
@Component("findClosedCase")
class FindClosedCase implements JavaDelegate {


  private final ThreatCases cases;
  private final ThreatCaseRemarkRepository remarks;
  private final People people;
  private final SchoolCalendar calendar;

  FindClosedCase(ThreatCases cases, ThreatCaseRemarkRepository remarks, People people, SchoolCalendar calendar) {
    this.cases = cases;
    this.remarks = remarks;
    this.people = people;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // The form offers the closed cases in a select, whose values are text ("42"); a client may send the number.
    Object number = execution.getVariable("caseNumber");
    if (number instanceof String text && text.strip().matches("[0-9]{1,18}")) {
      number = Long.valueOf(text.strip());
    }
    if (number != null && !(number instanceof Number)) {
      throw InvalidInputException.of("caseNumber", "threat.caseNumber.case-number-number");
    }
    ThreatCase c = cases.findClosed(SubmittedValues.text(execution, "schoolCode"),
        number == null ? null : ((Number) number).longValue());
    execution.setProcessBusinessKey("review-" + c.reference());
    CaseRecords.bind(execution, "threatCaseId", c.getId(), c.getSchoolCode());
    execution.setVariable("caseTitle", c.caseTitle());
    execution.setVariable("currentMarking", c.getMarking().label());
    execution.setVariable("closedCaseSummary", "**Reported:** " + calendar.day(c.getReportedAt())
        + "\n\n**Classified:** " + (c.getClassification() == null ? "not classified (dismissed at screening)"
            : c.getClassification().label() + "; level of concern at closing: "
                + c.getLevelOfConcern().label().toLowerCase(Locale.ROOT))
        + "\n\n**Closed:** " + calendar.day(c.getClosedAt()) + ", " + c.getOutcome().label()
        + (c.getClosingSummary() == null ? "" : "\n\n**Closing summary:** " + c.getClosingSummary())
        + "\n\n**Marked as:** " + c.getMarking().label());
    execution.setVariable("remarksTable", json(remarks.findByThreatCaseIdOrderByIdAsc(c.getId()).stream().map(r -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("on", calendar.day(r.getRemarkedAt()));
      row.put("by", r.getRemarkedBy() == null ? "" : people.displayName(r.getRemarkedBy()));
      row.put("change", r.getFromMarking().label() + " → " + r.getToMarking().label());
      row.put("reason", r.getReason());
      return row;
    }).toList()));
  }
}
