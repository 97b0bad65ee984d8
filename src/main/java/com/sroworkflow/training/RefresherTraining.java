package com.sroworkflow.training;

import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.selection.TrainingRecords;
import com.sroworkflow.system.EnginePlugin;
import com.sroworkflow.system.InvalidInputException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * When an assignment is refused for lapsed training, the officer's supervisor gets a task to schedule
 * the refresher (process {@code refresherTraining}, one per officer and training at a time). It is
 * started in a transaction of its own, so the refusal rolls the assignment back but not the task.
 */
@Service("refresherTraining")
public class RefresherTraining {

  static final String PROCESS = "refresherTraining";

  private final ObjectProvider<EnginePlugin> engine;
  private final ObjectProvider<RuntimeService> runtime;
  private final People people;
  private final TrainingRecords trainings;
  private final com.sroworkflow.school.SchoolCalendar calendar;

  RefresherTraining(ObjectProvider<EnginePlugin> engine, ObjectProvider<RuntimeService> runtime, People people,
      TrainingRecords trainings, com.sroworkflow.school.SchoolCalendar calendar) {
    this.engine = engine;
    this.runtime = runtime;
    this.people = people;
    this.trainings = trainings;
    this.calendar = calendar;
  }

  /** The supervisor who schedules an officer's refresher: their own, else the Chief. */
  public String supervisorOf(String officer) {
    return people.supervisorOf(officer).filter(people::exists)
        .orElseGet(() -> people.members(Roles.CHIEF).stream().findFirst().orElse(officer));
  }

  public void request(String officer, List<TrainingStatus> lapsed) {
    // the program asks for the refresher, whoever's assignment was refused
    engine.getObject().runInNewTransactionWithoutChecks(() -> {
      RuntimeService runtime = this.runtime.getObject();
      for (TrainingStatus status : lapsed) {
        String key = officer + ":" + status.kind();
        if (runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).processInstanceBusinessKey(key)
            .count() > 0) {
          continue;
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("officer", officer);
        variables.put("officerName", people.displayName(officer));
        variables.put("supervisor", supervisorOf(officer));
        variables.put("trainingKind", status.kind());
        variables.put("trainingTitle", status.title());
        variables.put("lapsedReason", status.title() + ": " + status.reason());
        variables.put("caseTitle", "Refresher: " + status.title() + " for " + people.displayName(officer));
        runtime.startProcessInstanceByKey(PROCESS, key, variables);
      }
    });
  }

  /** The supervisor's schedule becomes a training record the officer completes. */
  public Long schedule(String officer, String kind, String title, String scheduledOn) {
    LocalDate on;
    try {
      on = LocalDate.parse(scheduledOn == null ? "" : scheduledOn);
    } catch (java.time.format.DateTimeParseException e) {
      throw InvalidInputException.of("refresherDate", "training.refresherDate.date-refresher-date-yyyy");
    }
    if (on.isBefore(calendar.today())) {
      throw InvalidInputException.of("refresherDate", "training.refresherDate.refresher-scheduled-past");
    }
    if (on.isAfter(calendar.today().plusYears(1))) {
      throw InvalidInputException.of("refresherDate", "training.refresherDate.schedule-refresher-within-year");
    }
    return trainings.schedule(officer, kind, title + " (refresher)", on);
  }
}
