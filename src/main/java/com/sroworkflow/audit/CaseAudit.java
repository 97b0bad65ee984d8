package com.sroworkflow.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Service;

/**
 * The audit trail of one case in one place: who started it, every task with who claimed and
 * completed it and when, every value set and by whom, and the capabilities' own entries (overrides,
 * disclosures). It reads Camunda's history and user operation log as the caller, so the engine's
 * authorization and school (tenant) checks decide whether the caller may see the case at all.
 */
@Service
public class CaseAudit {

  private final HistoryService history;
  private final List<CaseAuditSource> sources;

  public CaseAudit(HistoryService history, List<CaseAuditSource> sources) {
    this.history = history;
    this.sources = sources;
  }

  public record Trail(String caseId, String process, String businessKey, String school, Instant started,
      Instant ended, String startedBy, List<AuditEntry> entries) {}

  /** The trail, or null when the case does not exist for the caller. */
  public Trail trail(String processInstanceId) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    if (instance == null) {
      return null;
    }
    List<AuditEntry> entries = new ArrayList<>();
    entries.add(new AuditEntry(instant(instance.getStartTime()), instance.getStartUserId(), "Started case",
        instance.getProcessDefinitionName(), null));
    Map<String, UserOperationLogEntry> operations = new HashMap<>();
    for (UserOperationLogEntry op : history.createUserOperationLogQuery().processInstanceId(processInstanceId)
        .orderByTimestamp().asc().list()) {
      operations.putIfAbsent(op.getOperationId(), op);
      if (UserOperationLogEntry.ENTITY_TYPE_TASK.equals(op.getEntityType())) {
        entries.add(new AuditEntry(instant(op.getTimestamp()), op.getUserId(), describe(op), taskName(op.getTaskId()),
            op.getNewValue() != null && !"Complete".equals(op.getOperationType()) ? op.getProperty() + ": "
                + op.getNewValue() : null));
      }
    }
    // Values people entered, attributed through the operation they were part of. Values the process
    // derives itself, and the empty fields a new task starts with, are not anyone's change.
    for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(processInstanceId)
        .variableUpdates().orderByTime().asc().list()) {
      HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
      UserOperationLogEntry by = detail.getUserOperationId() == null ? null : operations.get(detail.getUserOperationId());
      if (by == null || by.getUserId() == null || update.getValue() == null) {
        continue;
      }
      entries.add(new AuditEntry(instant(detail.getTime()), by.getUserId(), "Value set", update.getVariableName(),
          abbreviate(String.valueOf(update.getValue()))));
    }
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
        .orderByHistoricActivityInstanceStartTime().asc().list()) {
      entries.add(new AuditEntry(instant(task.getStartTime()), null, "Task created", task.getName(),
          task.getDueDate() == null ? null : "due " + instant(task.getDueDate())));
      if (task.getEndTime() != null && !"completed".equals(task.getDeleteReason())) {
        entries.add(new AuditEntry(instant(task.getEndTime()), null, "Task ended", task.getName(),
            task.getDeleteReason()));
      }
    }
    for (CaseAuditSource source : sources) {
      entries.addAll(source.entries(processInstanceId));
    }
    if (instance.getEndTime() != null) {
      entries.add(new AuditEntry(instant(instance.getEndTime()), null, "Case ended", instance.getEndActivityId(), null));
    }
    entries.sort(Comparator.comparing(AuditEntry::time, Comparator.nullsLast(Comparator.naturalOrder())));
    return new Trail(instance.getId(), instance.getProcessDefinitionName(), instance.getBusinessKey(),
        instance.getTenantId(), instant(instance.getStartTime()), instant(instance.getEndTime()),
        instance.getStartUserId(), entries);
  }


  private String taskName(String taskId) {
    if (taskId == null) {
      return null;
    }
    HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
    return task == null ? taskId : Objects.toString(task.getName(), taskId);
  }

  private static String describe(UserOperationLogEntry op) {
    return switch (op.getOperationType()) {
      case UserOperationLogEntry.OPERATION_TYPE_CLAIM -> "Claimed task";
      case UserOperationLogEntry.OPERATION_TYPE_COMPLETE -> "Completed task";
      case UserOperationLogEntry.OPERATION_TYPE_ASSIGN -> "Assigned task";
      case UserOperationLogEntry.OPERATION_TYPE_DELEGATE -> "Delegated task";
      case UserOperationLogEntry.OPERATION_TYPE_RESOLVE -> "Resolved task";
      case UserOperationLogEntry.OPERATION_TYPE_SET_OWNER -> "Set task owner";
      case UserOperationLogEntry.OPERATION_TYPE_UPDATE -> "Updated task";
      default -> op.getOperationType();
    };
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
