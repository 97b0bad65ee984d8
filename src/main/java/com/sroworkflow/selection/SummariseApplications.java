package com.sroworkflow.selection;

import com.sroworkflow.system.CaseRecords;
import static com.sroworkflow.system.JsonVariables.json;

import com.sroworkflow.identity.People;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows HR where each application of the vacancy stands before the list goes to the Chief. */
@Component("summariseApplications")
class SummariseApplications implements TaskListener {

  private final Vacancies vacancies;
  private final People people;

  SummariseApplications(Vacancies vacancies, People people) {
    this.vacancies = vacancies;
    this.people = people;
  }

  @Override
  public void notify(DelegateTask task) {
    List<Map<String, Object>> rows = vacancies.applicationsOf(CaseRecords.id(task, "vacancyId")).stream()
        .map(a -> {
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("applicant", people.displayName(a.getApplicantUsername()));
          row.put("status", a.getStatus().name().replace('_', ' ').toLowerCase());
          row.put("boardAverage", a.getBoardAverageTotal() == null ? "" : a.getBoardAverageTotal().toPlainString());
          return row;
        })
        .toList();
    task.setVariable("applicationsTable", json(rows));
    task.setVariable("applicationCount", rows.size());
  }
}
