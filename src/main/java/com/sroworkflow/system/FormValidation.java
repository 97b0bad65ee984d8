package com.sroworkflow.system;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Makes the server enforce every Camunda Form: when a user task with a {@code camunda:formRef}
 * completes, or a process starts from a start form, the submitted values are checked against the
 * form's constraints before any listener of the model runs ({@link EnginePlugin} attaches these
 * listeners to every such task and start event). A refusal rolls the whole step back and names the field.
 */
@Component
class FormValidation {

  private final DeployedForms forms = new DeployedForms();
  private final EnginePlugin engine;
  private final StartFormOptions startOptions;

  FormValidation(EnginePlugin engine, StartFormOptions startOptions) {
    this.engine = engine;
    this.startOptions = startOptions;
  }

  TaskListener onComplete(String formId) {
    return task -> FormSubmissionValidator.validate(
        form(task.getProcessEngineServices().getRepositoryService(), task.getProcessDefinitionId(), formId),
        task::getVariable);
  }

  /**
   * A start form's choices come from no variable (nothing ran yet): they are the options the server
   * offers this person now ({@link StartFormOptions}), so a value from outside them is refused.
   */
  ExecutionListener onStart(String formId) {
    return execution -> FormSubmissionValidator.validate(
        form(execution.getProcessEngineServices().getRepositoryService(), execution.getProcessDefinitionId(), formId),
        name -> startOptions.fills(name) ? startOptions.options(name) : execution.getVariable(name));
  }

  /**
   * Runs on behalf of whoever completes the task; reading the deployment is the engine's business, not
   * that user's, so it runs without their authorization checks.
   */
  private FormSchema form(RepositoryService repository, String processDefinitionId, String formId) {
    return engine.runWithoutAuthorization(() -> forms.form(repository, processDefinitionId, formId));
  }
}
