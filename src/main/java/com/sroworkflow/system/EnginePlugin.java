package com.sroworkflow.system;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
// Engine internals: parse listeners, the authorization manager, a command's authorization switch and the engine's clock have no public API.
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The product's own engine plugin: one of the few files that work with the engine's internals (the test
 * EngineInternalsTest names them). Everything it attaches is written against the public API in the
 * package whose job it is; this class only says where it goes:
 * <ul>
 *   <li>every model, as the engine parses it: {@link FormValidation} on each task completion and start
 *       form with a {@code camunda:formRef}, {@link CaseRecords#forgetWhenTheCaseEnds} on the end of every
 *       process, and each {@link CandidateGroupListener} (e.g. the program's SRO routing) on the creation
 *       of each user task that waits for its group. Built in through the documented parse-listener
 *       extension point, so that no model has to name them and Tasklist, REST and Java callers alike go
 *       through them (the built-in ones even when a cancellation skips the model's listeners);</li>
 *   <li>the history: submitted form values are written once, as the variables' updates, not twice, and a
 *       step's empty fields leave no history until they get a value (see {@link #postInit});</li>
 *   <li>every authorization check: it takes the user's groups as they are, see
 *       {@link UnnarrowedGroupsAuthorizationManager};</li>
 *   <li>the product's own authority: {@link #runWithoutAuthorization} and
 *       {@link #runInNewTransactionWithoutChecks} for the few steps that act for the program, not for the
 *       person whose request runs them.</li>
 * </ul>
 */
@Component
public class EnginePlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<FormValidation> formValidation;
  private final ObjectProvider<CandidateGroupListener> candidateGroupListeners;
  private ProcessEngineConfigurationImpl engine;

  EnginePlugin(ObjectProvider<FormValidation> formValidation,
      ObjectProvider<CandidateGroupListener> candidateGroupListeners) {
    this.formValidation = formValidation;
    this.candidateGroupListeners = candidateGroupListeners;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.engine = configuration;
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new ModelListeners());

    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new UnnarrowedGroupsAuthorizationManager();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  /**
   * Issue 20: two kinds of history rows that nothing reads are left out; every other history event is written as
   * before, at history level full.
   * <ul>
   *   <li>A form submitted through {@code submit-form} writes each value twice, as the variable's update
   *       (ACT_HI_DETAIL of type VariableUpdate, which the case audit trail reads with who set it) and as a "form
   *       field" entry of the same name and value (type FormProperty): only the second is left out.</li>
   *   <li>A step's empty fields: a task's form answers are kept out of the case by an empty input mapping on the
   *       task (a variable of the step that starts empty and ends with it). The engine wrote each such variable's
   *       history when the task was created: a variable instance and a detail row for a value that was never
   *       there (the threat model has 91 such fields). Now a variable created empty inside a step
   *       ({@link #emptyStepVariable}) gets its history with its first value: the engine's history writer inserts
   *       the variable instance on an update when it has none (its own rule, {@code DbHistoryEventHandler}), with
   *       the update's detail and who set it, as before. A field left empty leaves no history; one set, even if
   *       cleared again, keeps its history. A case's own variables (the process instance's scope) keep their
   *       history from their creation, empty or not: {@link CarriedVariables} reads them.</li>
   * </ul>
   */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    HistoryEventHandler written = configuration.getHistoryEventHandler();
    configuration.setHistoryEventHandler(new HistoryEventHandler() {
      @Override
      public void handleEvent(HistoryEvent event) {
        if (kept(event)) {
          written.handleEvent(event);
        }
      }

      @Override
      public void handleEvents(List<HistoryEvent> events) {
        written.handleEvents(events.stream().filter(EnginePlugin::kept).toList());
      }
    });
  }

  private static boolean kept(HistoryEvent event) {
    return !(event instanceof HistoricFormPropertyEventEntity)
        && !(emptyStepVariable(event) && event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE));
  }

  /** An empty variable of a step (an activity's scope or a task), not of the case itself. */
  private static boolean emptyStepVariable(HistoryEvent event) {
    return event instanceof HistoricVariableUpdateEventEntity variable
        && ValueType.NULL.getName().equals(variable.getSerializerName())
        && variable.getScopeActivityInstanceId() != null
        && !variable.getScopeActivityInstanceId().equals(variable.getProcessInstanceId());
  }

  /**
   * Runs engine calls on the product's own authority, without the authorization checks of whoever's
   * request runs them (who they are is still recorded, e.g. in the operation log): inside the running
   * engine command and transaction when there is one, else in one of its own.
   */
  public <T> T runWithoutAuthorization(Supplier<T> work) {
    return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(work::get));
  }

  /**
   * Runs engine calls on the product's own authority, without authorization or tenant checks, within the
   * caller's transaction: a step that moves a school's tasks for a person who is no member of the school
   * (the Chief's removal hands the removed SRO's tasks on).
   */
  public <T> T runWithoutChecks(Supplier<T> work) {
    return engine.getCommandExecutorTxRequired().execute(context -> {
      boolean authorization = context.isAuthorizationCheckEnabled();
      boolean tenant = context.isTenantCheckEnabled();
      context.disableAuthorizationCheck();
      context.disableTenantCheck();
      try {
        return work.get();
      } finally {
        if (tenant) {
          context.enableTenantCheck();
        }
        if (authorization) {
          context.enableAuthorizationCheck();
        }
      }
    });
  }

  /**
   * Runs engine calls on the product's own authority, without authorization or tenant checks, in an
   * engine command and transaction of their own: they commit even when the caller's step rolls back.
   */
  public void runInNewTransactionWithoutChecks(Runnable work) {
    engine.getCommandExecutorTxRequiresNew().execute(context -> {
      context.disableAuthorizationCheck();
      context.disableTenantCheck();
      try {
        work.run();
      } finally {
        context.enableTenantCheck();
        context.enableAuthorizationCheck();
      }
      return null;
    });
  }

  /** Attaches the product's listeners to each model as the engine parses it. */
  private class ModelListeners extends AbstractBpmnParseListener {

    @Override
    public void parseProcess(Element element, ProcessDefinitionEntity process) {
      process.addBuiltInListener(ExecutionListener.EVENTNAME_END, CaseRecords.forgetWhenTheCaseEnds());
    }

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
        return;
      }
      String formId = formRef(element);
      if (formId != null) {
        behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
            formValidation.getObject().onComplete(formId));
      }
      candidateGroupListeners.orderedStream()
          .filter(listener -> waitsFor(behavior.getTaskDefinition().getCandidateGroupIdExpressions(),
              listener.candidateGroup()))
          .forEach(listener -> behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, listener));
    }

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      String formId = formRef(element);
      if (formId != null) {
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, formValidation.getObject().onStart(formId));
      }
    }

    /** The element's Camunda Form, unless it is chosen by an expression at run time. */
    private static String formRef(Element element) {
      String formId = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
      return formId == null || formId.contains("${") ? null : formId;
    }

    private static boolean waitsFor(Set<Expression> candidateGroups, String group) {
      for (Expression expression : candidateGroups) {
        for (String id : expression.getExpressionText().split(",")) {
          if (id.strip().equals(group)) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /**
   * Keeps every authorization check from scanning the whole authorization table first.
   *
   * <p>Before each authorized query the engine narrows the user's groups to those that have any
   * authorization at all, with {@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION}, once per
   * command. Every open task has its own authorization rows (its candidate group and assignee), so at
   * state scale that table holds hundreds of thousands of rows and the scan costs ~50 ms, several times
   * per Tasklist request (benchmark, docs/benchmarks.md). The narrowing is only an optimisation: a group
   * without authorizations matches no row of the check anyway. Here the check gets the user's groups as
   * they are, so it grants and refuses exactly what it did before, without the scan.
   */
  static class UnnarrowedGroupsAuthorizationManager extends AuthorizationManager {
    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      return authenticatedGroupIds == null ? List.of() : new ArrayList<>(authenticatedGroupIds);
    }
  }

  /** The engine's clock, which the application's Clock ({@link EngineClock}) is: Camunda reads time only here. */
  static Instant engineTime() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  static void setEngineTime(Instant at) {
    ClockUtil.setCurrentTime(Date.from(at));
  }

  static void resetEngineTime() {
    ClockUtil.reset();
  }
}
