package com.sroworkflow.selection;

import com.sroworkflow.identity.People;
import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
import com.sroworkflow.system.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Records the Chief's appointments and tells every candidate's application the decision: the
 * appointees go on to training, the others stay on the eligibility list. When the Chief appoints
 * nobody, no candidate is told anything (all stay listed) and the vacancy is reopened.
 */
@Component("recordAppointments")
class RecordAppointments implements TaskListener {

  static final String DECISION_MESSAGE = "sroAppointmentDecision";
  /** The Chief's choice to appoint nobody: the vacancy opens again for applications. */
  static final String NOBODY = "nobody";

  private final Vacancies vacancies;
  private final People people;
  private final RuntimeService runtime;

  RecordAppointments(Vacancies vacancies, People people, RuntimeService runtime) {
    this.vacancies = vacancies;
    this.people = people;
    this.runtime = runtime;
  }

  @Override
  public void notify(DelegateTask task) {
    Long vacancyId = CaseRecords.id(task, "vacancyId");
    // The previous model version's form has no decision: its tasks always appoint.
    boolean nobody = NOBODY.equals(SubmittedValues.text(task, "appointDecision"));
    task.getExecution().setVariable("vacancyReopened", nobody);
    if (nobody) {
      return; // the candidates stay on the eligibility list, waiting for a decision
    }
    List<Application> candidates = vacancies.candidates(vacancyId);
    List<Vacancies.Choice> choices = new ArrayList<>();
    List<String[]> fields = new ArrayList<>();
    for (int post = 1; post <= Vacancies.MAX_POSTS; post++) {
      String appointee = "appointee" + post;
      String schoolsField = "schools" + post;
      Object chosen = task.getVariable(appointee);
      Long applicationId = null;
      if (chosen != null && !String.valueOf(chosen).isBlank()) {
        try {
          applicationId = Long.valueOf(String.valueOf(chosen));
        } catch (NumberFormatException e) {
          throw InvalidInputException.of(appointee, "selection.choose-appointee-list-candidates");
        }
      }
      choices.add(new Vacancies.Choice(applicationId, schoolCodes(schoolsField, task.getVariable(schoolsField))));
      fields.add(new String[] {appointee, schoolsField});
    }
    String chief = people.actingUser(task.getAssignee());
    List<Appointment> appointments = vacancies.appoint(vacancyId, chief, choices, fields);
    String reference = vacancies.require(vacancyId).getReference();
    for (Application candidate : candidates) {
      Appointment appointment = appointments.stream()
          .filter(a -> a.getApplicationId().equals(candidate.getId())).findFirst().orElse(null);
      runtime.createMessageCorrelation(DECISION_MESSAGE)
          .processInstanceId(candidate.getProcessInstanceId())
          .setVariable("appointed", appointment != null)
          .setVariable("decisionVacancyRef", reference)
          .setVariable("appointedSchools", appointment == null ? null : vacancies.schoolNames(appointment.getSchoolCodes()))
          .correlate();
    }
  }

  private static Set<String> schoolCodes(String field, Object value) {
    Set<String> codes = new LinkedHashSet<>();
    if (value == null) {
      return codes;
    }
    if (value instanceof SpinJsonNode node && node.isArray()) {
      node.elements().forEach(e -> codes.add(e.stringValue()));
    } else if (value instanceof Collection<?> list) {
      list.forEach(e -> codes.add(String.valueOf(e)));
    } else {
      throw InvalidInputException.of(field, "selection.schools-list-school-codes");
    }
    return codes;
  }
}
