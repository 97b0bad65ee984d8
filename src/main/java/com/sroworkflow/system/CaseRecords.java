package com.sroworkflow.system;

import com.sroworkflow.security.Messages;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one way a step reads a record id from a process variable (issue 14: no record id trusted).
 *
 * <p>Process variables can be written from outside: a start with instructions at an inner activity,
 * a task completion or a message carrying variables. So the step that creates a record for a case
 * (or finds it, checked, for the case) binds its id here, under the case's root process instance
 * (the case: the instance itself, or the case that called it) and the case's school; a step that
 * loads a record by an id from a variable reads it through {@link #id}, which refuses an id that was
 * never bound to this case or that belongs to another school's tenant. The refusal is a
 * {@link ForeignRecordException}: a job fails with an incident naming the variable, a person's task
 * completion answers 400 and rolls back, the task stays open. The step never acts on the record.
 *
 * <p>Why a table of its own instead of each record's own columns: not every record carries the
 * process instance and school it belongs to (plan actions, trainings, remarks do not; outlines and
 * removals belong to no tenant), and called processes read their caller's records. One table keyed
 * by the root instance answers the same question for every capability without any package reading
 * another's tables. It is written and read with plain JDBC on the engine's own (transaction-aware)
 * data source, because the readers are static helpers called from engine steps: a binding commits or
 * rolls back with the step that made it.
 *
 * <p>Models read ids the same way: a bean method called from an expression gets the id through
 * {@code ${caseRecords.id(execution, 'threatCaseId')}}, never the bare variable.
 */
@Component("caseRecords")
public final class CaseRecords {

  private final JdbcTemplate jdbc;

  CaseRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The record id in {@code variable}, checked to belong to this case and its school. */
  public static Long id(VariableScope scope, String variable) {
    Long id = idIfAny(scope, variable);
    if (id == null) {
      throw new ForeignRecordException(variable, Messages.text("system.no-such-record", variable));
    }
    return id;
  }

  /** As {@link #id}, or null when the variable is not set. */
  public static Long idIfAny(VariableScope scope, String variable) {
    Object value = scope.getVariable(variable);
    return value == null ? null : check(scope, variable, value);
  }

  private static Long check(VariableScope scope, String variable, Object value) {
    if (!(value instanceof Long || value instanceof Integer || value instanceof Short)) {
      throw new ForeignRecordException(variable, Messages.text("system.record-id", variable));
    }
    long id = ((Number) value).longValue();
    DelegateExecution execution = executionOf(scope);
    List<String> schools = jdbc(execution).queryForList(
        "select school_code from case_record where root_instance_id = ? and variable_name = ? and record_id = ?",
        String.class, rootInstanceId(execution), variable, id);
    if (schools.isEmpty()) {
      throw new ForeignRecordException(variable,
          Messages.text("system.record-belong-case-step", id, variable));
    }
    if (!Objects.equals(schools.get(0), execution.getTenantId())) {
      throw new ForeignRecordException(variable,
          Messages.text("system.record-belong-case-s", id, variable));
    }
    return id;
  }

  /**
   * Binds a record the step created or found for this case and sets the variable that carries it.
   *
   * @param school the school whose tenant the case must be in, or null for a district-wide case
   *               (selection, vacancies, the program's outlines and removals belong to no tenant)
   */
  public static void bind(VariableScope scope, String variable, Long id, String school) {
    bindEach(scope, variable, List.of(id), school);
    scope.setVariable(variable, id);
  }

  /**
   * Binds records the case offers one by one (a multi-instance activity's elements) without setting
   * a variable: the engine sets each element's variable itself.
   */
  public static void bindEach(VariableScope scope, String variable, Collection<Long> ids, String school) {
    DelegateExecution execution = executionOf(scope);
    if (!Objects.equals(school, execution.getTenantId())) {
      throw new ForeignRecordException(variable, Messages.text("system.record-belongs-school-case", variable, school));
    }
    insert(jdbc(execution), rootInstanceId(execution), variable, ids, school);
  }

  /**
   * Binds records a step created under a record of this case that it read through {@link #id}
   * (a safety plan's actions, a case's re-marking): they are of the case's own school.
   */
  public static void bindEach(VariableScope scope, String variable, Collection<Long> ids) {
    bindEach(scope, variable, ids, executionOf(scope).getTenantId());
  }

  /**
   * Binds a record to a process a service has just started for it (a notification's delivery): the
   * one binding made outside a step, so it goes through the application's data source, in the
   * service's transaction.
   */
  public void bind(ProcessInstance started, String variable, Long id) {
    insert(jdbc, started.getRootProcessInstanceId(), variable, List.of(id), started.getTenantId());
  }

  /**
   * Forgets what a case bound when its root process instance ends, completed or cancelled: nothing reads
   * it afterwards. EnginePlugin makes it a built-in end listener of every process, so a cancellation that
   * skips the model's listeners still runs it.
   */
  static ExecutionListener forgetWhenTheCaseEnds() {
    return ending -> {
      if (ending.getId().equals(ending.getProcessInstanceId()) && ending.getSuperExecution() == null) {
        jdbc(ending).update("delete from case_record where root_instance_id = ?", ending.getId());
      }
    };
  }

  private static void insert(JdbcTemplate jdbc, String root, String variable, Collection<Long> ids, String school) {
    for (Long id : ids) {
      Integer bound = jdbc.queryForObject(
          "select count(*) from case_record where root_instance_id = ? and variable_name = ? and record_id = ?",
          Integer.class, root, variable, id);
      if (bound == null || bound == 0) {
        jdbc.update("insert into case_record (root_instance_id, variable_name, record_id, school_code) values (?, ?, ?, ?)",
            root, variable, id, school);
      }
    }
  }

  private static DelegateExecution executionOf(VariableScope scope) {
    Object execution = scope instanceof DelegateTask task ? task.getExecution() : scope;
    if (execution instanceof DelegateExecution e) {
      return e;
    }
    throw new IllegalStateException("Case records are read and bound by the steps of a process, not by " + scope);
  }

  /** The case: the step's process instance, or the root of the chain of cases that called it. */
  private static String rootInstanceId(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    while (instance.getSuperExecution() != null) {
      instance = instance.getSuperExecution().getProcessInstance();
    }
    return instance.getId();
  }

  /** The engine's own data source, so that a binding commits or rolls back with the step's transaction. */
  private static JdbcTemplate jdbc(DelegateExecution execution) {
    return new JdbcTemplate(execution.getProcessEngine().getProcessEngineConfiguration().getDataSource());
  }
}
