package com.sroworkflow.selection;

import com.sroworkflow.system.CaseRecords;
import static com.sroworkflow.system.JsonVariables.json;
import static com.sroworkflow.system.JsonVariables.option;

import com.sroworkflow.identity.People;
import com.sroworkflow.school.Schools;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Puts the favourably recommended applicants in front of the Chief: this vacancy's and those still
 * on the eligibility list, with their board results, and the vacancy's schools to assign.
 */
@Component("listCandidates")
class ListCandidates implements JavaDelegate {

  private final Vacancies vacancies;
  private final People people;
  private final Schools schools;

  ListCandidates(Vacancies vacancies, People people, Schools schools) {
    this.vacancies = vacancies;
    this.people = people;
    this.schools = schools;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long vacancyId = CaseRecords.id(execution, "vacancyId");
    List<Map<String, Object>> options = new ArrayList<>();
    List<Map<String, Object>> table = new ArrayList<>();
    for (Application a : vacancies.candidates(vacancyId)) {
      String name = people.displayName(a.getApplicantUsername());
      options.add(option(name + " (" + a.getVacancy().getReference() + ")", String.valueOf(a.getId())));
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("applicant", name);
      row.put("vacancy", a.getVacancy().getReference());
      row.put("boardAverage", a.getBoardAverageTotal() == null ? "" : a.getBoardAverageTotal().toPlainString() + " / 40");
      row.put("boardResult", a.getBoardReason());
      row.put("listedUntil", String.valueOf(a.getEligibleUntil()));
      table.add(row);
    }
    List<Map<String, Object>> schoolOptions = new ArrayList<>();
    for (String code : vacancies.require(vacancyId).getSchoolCodes()) {
      schoolOptions.add(option(schools.name(code) + " (" + code + ")", code));
    }
    execution.setVariable("candidateOptions", json(options));
    execution.setVariable("candidatesTable", json(table));
    execution.setVariable("schoolOptions", json(schoolOptions));
    execution.setVariable("candidateCount", options.size());
  }
}
