package com.sroworkflow.referral;

import com.sroworkflow.security.Messages;
import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.school.Schools;
import com.sroworkflow.security.CurrentUser;
import com.sroworkflow.system.CarriedVariables;
import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.InvalidInputException;
import com.sroworkflow.system.NameTaskForCase;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A referral follows the student to another school (issue 17 item 5). The caller (transfer.CaseMoves) has checked
 * that the person may read the referral and move it; the engine work runs as the application, since nobody holds a
 * permission to start or modify cases in another school's tenant.
 *
 * <p>The receiving school's instance starts with its principal's review (message start
 * {@value #TRANSFERRED_MESSAGE}) in that school's tenant, and the referral's open steps start again there, where they
 * stood: an unacknowledged referral asks the receiving principal to acknowledge it (the whole acknowledgement, its
 * deadline and escalation, anew: it is that school's principal's acknowledgement the policy asks for); the agency's
 * choice, the family's consent, the agency's answer, the follow-up wait and the follow-up go to the receiving
 * school's SRO (assigned when the school has one SRO, otherwise offered to its SROs); a branch already done waits at
 * the join as it did. The referral record is the receiving school's; the sending school's instance ends and its
 * history (the audit record) stays with the sending school.
 *
 * <p>A referral a threat case made belongs to that case and moves with it, never on its own.
 */
@Service
public class ReferralTransfers {

  public static final String TRANSFERRED_MESSAGE = "studentReferralTransferred";
  /**
   * The principal's acknowledgement and its escalation: any of them open restarts the acknowledgement, its deadline
   * and so its escalation anew.
   */
  private static final Set<String> ACKNOWLEDGEMENT = Set.of("AcknowledgeReferral", "AcknowledgementEscalation",
      "FollowUpUnacknowledgedReferral", "AcknowledgementOverdue", "EscalationSplit", "RemindPrincipal");
  private static final Set<String> NOT_CARRIED = Set.of("schoolCode", "schoolName", "transferredFrom",
      "transferReason", "referringUser", "transferReviewNote");

  private final ReferralRepository referrals;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final CaseRecords caseRecords;
  private final CarriedVariables carried;
  private final CurrentUser user;
  private final Schools schools;
  private final People people;

  ReferralTransfers(ReferralRepository referrals, RuntimeService runtime, HistoryService history,
      CaseRecords caseRecords, CarriedVariables carried, CurrentUser user, Schools schools, People people) {
    this.referrals = referrals;
    this.runtime = runtime;
    this.history = history;
    this.caseRecords = caseRecords;
    this.carried = carried;
    this.user = user;
    this.schools = schools;
    this.people = people;
  }

  /** A refusal: the referral is not in a state to move (409), with what to do instead. */
  public static class NotNow extends RuntimeException {
    public NotNow(String message) {
      super(message);
    }
  }

  /** Where a moved referral went. */
  public record Moved(String reference, String fromInstanceId, String toInstanceId, String fromSchool,
      String toSchool) {}

  /** Whether the process instance works a referral. */
  public boolean isReferral(String processInstanceId) {
    return referrals.findByProcessInstanceId(processInstanceId).isPresent();
  }

  @Transactional
  public Moved transfer(String processInstanceId, String toSchool, String reason) {
    Referral referral = referrals.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new NotNow(Messages.text("referral.transfer.not-a-referral")));
    if (referral.getThreatCaseId() != null) {
      throw new NotNow(Messages.text("referral.transfer.part-of-threat-case"));
    }
    if (referral.getClosedAt() != null) {
      throw new NotNow(Messages.text("referral.transfer.closed"));
    }
    ActivityInstance tree = user.withoutCaller(() -> runtime.getActivityInstance(processInstanceId));
    if (tree == null) {
      throw new NotNow(Messages.text("referral.transfer.not-running"));
    }
    String from = referral.getSchoolCode();
    String to = schools.require("toSchool", toSchool).getCode();
    if (to.equals(from)) {
      throw InvalidInputException.of("toSchool", "referral.transfer.toSchool.same-school", schools.name(from));
    }
    String why = reason(reason);
    Set<String> restart = new LinkedHashSet<>();
    openSteps(tree, restart);
    restart.remove("ReviewTransferredReferral");

    Map<String, Object> variables = carried.of(processInstanceId, NOT_CARRIED);
    variables.put("schoolCode", to);
    variables.put("schoolName", schools.name(to));
    variables.put("transferredFrom", schools.name(from));
    variables.put("transferReason", why);
    List<String> sros = people.membersAtSchool(Roles.SRO, to);
    variables.put("referringUser", sros.size() == 1 ? sros.get(0) : null);
    Object subject = variables.get(NameTaskForCase.SUBJECT);
    if (subject instanceof String s) {
      variables.put(NameTaskForCase.SUBJECT, s.replace(schools.name(from), schools.name(to)));
    }
    variables.put("previousCaseId", processInstanceId);
    Optional<String> businessKey = Optional.ofNullable(user.withoutCaller(() -> history
        .createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()))
        .map(HistoricProcessInstance::getBusinessKey);
    ProcessInstance started = user.withoutCaller(() -> runtime.createMessageCorrelation(TRANSFERRED_MESSAGE)
        .processInstanceBusinessKey(businessKey.orElse(null)).setVariables(variables).correlateStartMessage());
    caseRecords.bind(started, "referralId", referral.getId());
    referral.transferred(to, started.getId());
    user.withoutCaller(() -> {
      runtime.setVariable(started.getId(), "referralId", referral.getId());
      if (!restart.isEmpty()) {
        ProcessInstanceModificationBuilder modification = runtime.createProcessInstanceModification(started.getId());
        restart.forEach(modification::startBeforeActivity);
        modification.execute();
      }
      runtime.deleteProcessInstance(processInstanceId, "Transferred to " + schools.name(to) + " as case "
          + started.getId(), true, true);
      return null;
    });
    return new Moved("referral " + referral.getId(), processInstanceId, started.getId(), from, to);
  }

  /** The activities to start again: the leaves of the tree, the acknowledgement as a whole. */
  private static void openSteps(ActivityInstance instance, Set<String> restart) {
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      if (ACKNOWLEDGEMENT.contains(child.getActivityId())) {
        restart.add("AcknowledgeReferral");
      } else if (child.getChildActivityInstances().length == 0 && child.getChildTransitionInstances().length == 0) {
        restart.add(child.getActivityId());
      } else {
        openSteps(child, restart);
      }
    }
    for (TransitionInstance t : instance.getChildTransitionInstances()) {
      restart.add(ACKNOWLEDGEMENT.contains(t.getActivityId()) ? "AcknowledgeReferral" : t.getActivityId());
    }
  }

  private static String reason(String reason) {
    String r = reason == null ? "" : reason.strip();
    if (r.isEmpty()) {
      throw InvalidInputException.of("reason", "referral.transfer.reason.required");
    }
    if (r.length() > 2000) {
      throw InvalidInputException.of("reason", "referral.transfer.reason.too-long");
    }
    return r;
  }
}
