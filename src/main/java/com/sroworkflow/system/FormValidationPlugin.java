package com.sroworkflow.system;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

import java.util.ArrayList;

/**
 * Makes the server enforce every Camunda Form: when a user task with a {@code camunda:formRef}
 * completes, or a process starts from a start form, the submitted values are checked against the
 * form's constraints before any listener of the model runs. A refusal rolls the whole step back and
 * names the field. This uses the engine's documented plugin and parse-listener extension points,
 * the only way to cover Tasklist, REST and Java callers alike without repeating a listener on every
 * task of every model.
 */
@Component
public class FormValidationPlugin extends AbstractProcessEnginePlugin {

  private final DeployedForms forms = new DeployedForms();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        String formId = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
        if (formId != null && !formId.contains("${")) {
          ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
              .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, validateTask(formId));
        }
      }

      @Override
      public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        String formId = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
        if (formId != null && !formId.contains("${")) {
          activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, validateStart(formId));
        }
      }
    });
  }

  private TaskListener validateTask(String formId) {
    return task -> FormSubmissionValidator.validate(
        form(task.getProcessEngineServices().getRepositoryService(), task.getProcessDefinitionId(), formId),
        task::getVariable);
  }

  private ExecutionListener validateStart(String formId) {
    return execution -> FormSubmissionValidator.validate(
        form(execution.getProcessEngineServices().getRepositoryService(), execution.getProcessDefinitionId(), formId),
        execution::getVariable);
  }

  /**
   * Reads the form as the engine, not as the person submitting it: built-in listeners run under the
   * caller's authorizations, and an SRO or principal has no READ on deployments, so without this
   * the first submission after a start (before the form is cached) would be refused.
   */
  private FormSchema form(RepositoryService repository, String processDefinitionId, String formId) {
    CommandContext command = Context.getCommandContext();
    boolean checking = command.isAuthorizationCheckEnabled();
    command.disableAuthorizationCheck();
    try {
      return forms.form(repository, processDefinitionId, formId);
    } finally {
      command.setAuthorizationCheckEnabled(checking);
    }
  }
}
