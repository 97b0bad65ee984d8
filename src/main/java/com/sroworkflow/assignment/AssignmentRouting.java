package com.sroworkflow.assignment;

import com.sroworkflow.identity.Roles;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Routes a school's SRO tasks to the SROs assigned to the school on the day: every user task of any
 * model that waits for the group {@code sro} gets, when it is created in a school's tenant, the
 * school's assigned SROs as candidate users. (Only assigned SROs are members of the school's
 * tenant, see {@link Assignments}, so the group alone reaches no one else.) The models keep their
 * candidate group; no model needs to change.
 */
@Component
class AssignmentRouting extends AbstractProcessEnginePlugin {

  private final ObjectProvider<Assignments> assignments;

  AssignmentRouting(ObjectProvider<Assignments> assignments) {
    this.assignments = assignments;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior
            && waitsForSros(behavior.getTaskDefinition().getCandidateGroupIdExpressions())) {
          behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, this::route);
        }
      }

      private void route(DelegateTask task) {
        if (task.getTenantId() != null) {
          for (String sro : assignments.getObject().srosOf(task.getTenantId())) {
            task.addCandidateUser(sro);
          }
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private static boolean waitsForSros(java.util.Set<Expression> groups) {
    for (Expression group : groups) {
      for (String id : group.getExpressionText().split(",")) {
        if (id.strip().equals(Roles.SRO)) {
          return true;
        }
      }
    }
    return false;
  }
}
