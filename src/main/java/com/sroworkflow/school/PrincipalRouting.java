package com.sroworkflow.school;

import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.system.CandidateGroupListener;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A school's principal acts alone: a task meant for the principal of a school (its only candidate group
 * is {@code principal}, in the school's tenant) is assigned to that principal when the school has exactly
 * one, so it lands in their "My tasks" with nothing to claim (issue 19). Tasks the principal shares with
 * others (the threat team, the district designee) keep their candidate groups; a school with no principal,
 * or with several (an interim and an outgoing one), keeps the group too, so nobody's work is hidden from
 * the others. The models keep their candidate group; the system's engine plugin attaches this listener.
 */
@Component
class PrincipalRouting implements CandidateGroupListener {

  private final ObjectProvider<People> people;

  PrincipalRouting(ObjectProvider<People> people) {
    this.people = people;
  }

  @Override
  public String candidateGroup() {
    return Roles.PRINCIPAL;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getTenantId() == null || task.getAssignee() != null || !onlyForThePrincipal(task)) {
      return;
    }
    List<String> principals = people.getObject().membersAtSchool(Roles.PRINCIPAL, task.getTenantId());
    if (principals.size() == 1) {
      task.setAssignee(principals.get(0));
    }
  }

  private static boolean onlyForThePrincipal(DelegateTask task) {
    boolean principal = false;
    for (IdentityLink link : task.getCandidates()) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null || !Roles.PRINCIPAL.equals(link.getGroupId())) {
        return false;
      }
      principal = true;
    }
    return principal;
  }
}
