package com.sroworkflow.assignment;

import com.sroworkflow.identity.Roles;
import com.sroworkflow.system.CandidateGroupListener;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Routes a school's SRO tasks to the SROs assigned to the school on the day: every user task of any
 * model that waits for the group {@code sro} gets, when it is created in a school's tenant, the
 * school's assigned SROs (but its assignee) as candidate users. (Only assigned SROs are members of the school's
 * tenant, see {@link Assignments}, so the group alone reaches no one else.) An SRO who is away that day is
 * replaced by their cover ({@link StandIns}). The models keep their
 * candidate group; no model needs to change: the system's engine plugin attaches this listener.
 */
@Component
class AssignmentRouting implements CandidateGroupListener {

  private final ObjectProvider<Assignments> assignments;

  AssignmentRouting(ObjectProvider<Assignments> assignments) {
    this.assignments = assignments;
  }

  @Override
  public String candidateGroup() {
    return Roles.SRO;
  }

  /**
   * Also a task a model assigns to an SRO by name ({@code ${referringUser}}, chosen when the case began) goes to
   * whoever does that SRO's work at the school today ({@link Assignments#dutyOf}): their cover while they are away,
   * their successor once they have been removed from the school, never a removed SRO; when the school has no SRO on
   * duty at all it is left to the group rather than to someone who left.
   */
  @Override
  public void notify(DelegateTask task) {
    if (task.getTenantId() != null) {
      Assignments a = assignments.getObject();
      List<String> duty = a.onDuty(task.getTenantId());
      String assignee = task.getAssignee();
      if (assignee != null && !duty.contains(assignee)) {
        String instead = a.dutyOf(assignee, task.getTenantId());
        if (!assignee.equals(instead)) {
          task.setAssignee(instead);
          assignee = instead;
        }
      }
      for (String sro : duty) {
        // The task's assignee has it already: a candidate link for them would only cost an identity link, its
        // history row and an authorization check per task (issue 20). Should they give it back, the group and
        // their school still offer it to them.
        if (!sro.equals(assignee)) {
          task.addCandidateUser(sro);
        }
      }
    }
  }
}
