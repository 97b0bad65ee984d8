package com.sroworkflow.incident;

import com.sroworkflow.figures.RecordCount;
import com.sroworkflow.figures.RecordFigures;
import com.sroworkflow.figures.RecordScope;
import com.sroworkflow.school.SchoolCalendar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Incidents reported in the scope, in all and by outcome (the principal's decision, or the SRO's action on a
 * referred incident). An officer's incidents are those whose law-enforcement action they decided.
 */
@Component
class IncidentFigures implements RecordFigures {

  private final IncidentRepository incidents;
  private final SchoolCalendar calendar;

  IncidentFigures(IncidentRepository incidents, SchoolCalendar calendar) {
    this.incidents = incidents;
    this.calendar = calendar;
  }

  @Override
  @Transactional(readOnly = true)
  public List<RecordCount> count(RecordScope scope) {
    List<Incident> found = incidents.findByReportedAtGreaterThanEqualAndReportedAtLessThan(
        scope.from().atStartOfDay(calendar.zone()).toInstant(),
        scope.to().plusDays(1).atStartOfDay(calendar.zone()).toInstant()).stream()
        .filter(i -> scope.includesSchool(i.getSchoolCode()))
        .filter(i -> scope.officer() == null || Objects.equals(scope.officer(), i.getActionBy()))
        .toList();
    Map<String, String> outcomes = new LinkedHashMap<>();
    outcomes.put(Incident.PrincipalDecision.SCHOOL_DISCIPLINE.name(), "Incidents left to school discipline");
    outcomes.put(Incident.PrincipalDecision.NO_FURTHER_ACTION.name(), "Incidents closed with no further action");
    for (Incident.LawEnforcementAction action : Incident.LawEnforcementAction.values()) {
      outcomes.put(action.name(), "Incidents referred to the SRO: " + action.label().toLowerCase());
    }
    List<RecordCount> counts = new ArrayList<>();
    counts.add(new RecordCount("incident", "Incidents reported", found.size()));
    outcomes.forEach((outcome, label) -> counts.add(new RecordCount("incident." + outcome.toLowerCase(), label,
        found.stream().filter(i -> outcome.equals(i.outcome())).count())));
    return counts;
  }
}
