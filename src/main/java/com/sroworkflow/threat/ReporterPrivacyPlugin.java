package com.sroworkflow.threat;

import java.util.List;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
// Engine internals: the start user and operation log are written by the history event producer, set only by a plugin.
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.oplog.UserOperationLogContext;
import org.springframework.stereotype.Component;

/**
 * Keeps the reporter of a threat out of the engine's own records of the case. The engine writes who
 * started a process instance into its history (the start user and a "Create" entry of the operation
 * log), which everyone who reads the case's history could read: for an anonymous report that would
 * undo the anonymity. For threat cases the engine records no start user; who reported is on the case
 * record, or "anonymous" (see {@link ThreatCase#getReportedBy()}). Uses the engine's documented
 * history-event-producer extension point, as the foundation's plugins use theirs.
 */
@Component
class ReporterPrivacyPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventProducer(new CacheAwareHistoryEventProducer() {
      @Override
      public HistoryEvent createProcessInstanceStartEvt(DelegateExecution execution) {
        HistoryEvent event = super.createProcessInstanceStartEvt(execution);
        if (ThreatAccess.CASE_PROCESS.equals(event.getProcessDefinitionKey())
            && event instanceof HistoricProcessInstanceEventEntity instance) {
          instance.setStartUserId(null);
        }
        return event;
      }

      @Override
      public List<HistoryEvent> createUserOperationLogEvents(UserOperationLogContext context) {
        List<HistoryEvent> events = super.createUserOperationLogEvents(context);
        for (HistoryEvent event : events) {
          if (event instanceof UserOperationLogEntryEventEntity entry
              && ThreatAccess.CASE_PROCESS.equals(entry.getProcessDefinitionKey())
              && EntityTypes.PROCESS_INSTANCE.equals(entry.getEntityType())
              && UserOperationLogEntry.OPERATION_TYPE_CREATE.equals(entry.getOperationType())) {
            entry.setUserId(null);
          }
        }
        return events;
      }
    });
  }
}
