package com.sroworkflow.system;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes the server enforce every Camunda Form: when a user task with a {@code camunda:formRef}
 * completes, or a process starts from a start form, the submitted values are checked against the
 * form's constraints before any listener of the model runs ({@link EnginePlugin} attaches these
 * listeners to every such task and start event). A refusal rolls the whole step back and names the field.
 * A date and time sent with a zone or offset is then stored as school time, as the form itself sends it
 * ({@link FormSubmissionValidator#inDistrictZone}), so every step reads one kind of value.
 */
@Component
class FormValidation {

  private final DeployedForms forms = new DeployedForms();
  private final EnginePlugin engine;
  private final StartFormOptions startOptions;
  private final ZoneId districtZone;

  FormValidation(EnginePlugin engine, StartFormOptions startOptions,
      @Value("${sro.school-calendar.zone}") String districtZone) {
    this.engine = engine;
    this.startOptions = startOptions;
    this.districtZone = ZoneId.of(districtZone);
  }

  TaskListener onComplete(String formId) {
    return task -> {
      FormSchema form = form(task.getProcessEngineServices().getRepositoryService(), task.getProcessDefinitionId(),
          formId);
      FormSubmissionValidator.validate(form, task::getVariable);
      toSchoolTime(form, task::getVariable, task);
    };
  }

  /**
   * A start form's choices come from no variable (nothing ran yet): they are the options the server
   * offers this person now ({@link StartFormOptions}), so a value from outside them is refused.
   */
  ExecutionListener onStart(String formId) {
    return execution -> {
      FormSchema form = form(execution.getProcessEngineServices().getRepositoryService(),
          execution.getProcessDefinitionId(), formId);
      FormSubmissionValidator.validate(form,
          name -> startOptions.fills(name) ? startOptions.options(name) : execution.getVariable(name));
      toSchoolTime(form, execution::getVariable, execution);
    };
  }

  private void toSchoolTime(FormSchema form, Function<String, Object> values, VariableScope scope) {
    FormSubmissionValidator.inDistrictZone(form, values, districtZone, LocalDate.ofInstant(EngineClock.now(),
        districtZone)).forEach(scope::setVariable);
  }

  /**
   * Runs on behalf of whoever completes the task; reading the deployment is the engine's business, not
   * that user's, so it runs without their authorization checks.
   */
  private FormSchema form(RepositoryService repository, String processDefinitionId, String formId) {
    return engine.runWithoutAuthorization(() -> forms.form(repository, processDefinitionId, formId));
  }
}
