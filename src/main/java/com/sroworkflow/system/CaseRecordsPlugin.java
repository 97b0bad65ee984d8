package com.sroworkflow.system;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.ExecutionListener;
// Engine internals: an engine plugin with a parse listener is the one way to add a built-in end listener to
// every process, one that runs even for deletions that skip custom listeners.
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Forgets a case's bound records (CaseRecords) when its root process instance ends, completed or
 * cancelled: nothing reads them afterwards. A built-in listener, so a cancellation that skips the
 * model's listeners still runs it; registered through the engine's parse-listener extension point,
 * as FormValidationPlugin is, so no model has to name it.
 */
@Component
public class CaseRecordsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element element, ProcessDefinitionEntity process) {
        process.addBuiltInListener(ExecutionListener.EVENTNAME_END, forgetWhenTheCaseEnds());
      }
    });
  }

  private static ExecutionListener forgetWhenTheCaseEnds() {
    return execution -> {
      ExecutionEntity ending = (ExecutionEntity) execution;
      if (ending.isProcessInstanceExecution() && ending.getSuperExecutionId() == null) {
        CaseRecords.forget(ending.getId());
      }
    };
  }
}
