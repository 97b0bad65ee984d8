package com.sroworkflow.threat;

import com.sroworkflow.school.Schools;
import com.sroworkflow.security.CurrentUser;
import com.sroworkflow.security.Messages;
import com.sroworkflow.system.CarriedVariables;
import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.EngineClock;
import com.sroworkflow.system.InvalidInputException;
import com.sroworkflow.system.NameTaskForCase;
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
 * New assessment rounds of a threat case (issue 17 item 3) and its move to another school (item 5). The callers
 * (transfer.CaseMoves) have checked that the person may read the case and act for it; the engine work here runs as
 * the application, since people hold no permission to modify or start cases in another school's tenant.
 *
 * <ul>
 *   <li>Re-assess an open case: the case goes back to "Assess the threat" (its open steps cancelled, the case id
 *       kept).</li>
 *   <li>Reopen a closed case: a new round starts at "Assess the threat" (message start {@code threatCaseReopened}),
 *       a new process instance working the same case record, which is open again; the old instance's history stays.</li>
 *   <li>Transfer: the receiving school's round starts with its principal's review (message start
 *       {@code threatCaseTransferred}) in that school's tenant; the sending school's instance ends, its history
 *       (the audit record) stays with the sending school.</li>
 * </ul>
 * Each round records what the case was classified before it: a new classification below that needs the principal's
 * sign-off ({@link ThreatCases#decide}). A step of another case running for this one (a police report being filed,
 * a mental-health referral) must end first: a round would cancel it.
 */
@Service
public class ThreatRounds {

  public static final String REOPENED_MESSAGE = "threatCaseReopened";
  public static final String TRANSFERRED_MESSAGE = "threatCaseTransferred";
  private static final Set<String> CALLED_CASES = Set.of("FilePoliceReport", "MentalHealthEvaluation");
  private static final Set<String> NOT_CARRIED = Set.of("schoolCode", "schoolName", "transferredFrom", "transferReason",
      "roundReason");

  private final ThreatCaseRepository cases;
  private final ThreatRoundRepository rounds;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final CaseRecords caseRecords;
  private final CurrentUser user;
  private final Schools schools;
  private final CarriedVariables carriedVariables;

  ThreatRounds(ThreatCaseRepository cases, ThreatRoundRepository rounds, RuntimeService runtime, HistoryService history,
      CaseRecords caseRecords, CurrentUser user, Schools schools, CarriedVariables carriedVariables) {
    this.cases = cases;
    this.rounds = rounds;
    this.runtime = runtime;
    this.history = history;
    this.caseRecords = caseRecords;
    this.user = user;
    this.schools = schools;
    this.carriedVariables = carriedVariables;
  }

  /** A refusal: the case is not in a state for this (409), with what to do instead. */
  public static class NotNow extends RuntimeException {
    public NotNow(String message) {
      super(message);
    }
  }

  /** Where a moved case went. */
  public record Moved(Long threatCaseId, String reference, String fromInstanceId, String toInstanceId,
      String fromSchool, String toSchool) {}

  /** Whether the process instance works a threat case. */
  public boolean isThreatCase(String processInstanceId) {
    return cases.findByProcessInstanceId(processInstanceId).isPresent();
  }

  /** A new assessment round on an open case, in the same process instance. */
  @Transactional
  public ThreatRound reassess(String processInstanceId, String reason) {
    ThreatCase c = threatCase(processInstanceId);
    if (c.isClosed()) {
      throw new NotNow(Messages.text("threat.case-closed-reopen-reason"));
    }
    ActivityInstance tree = user.withoutCaller(() -> runtime.getActivityInstance(processInstanceId));
    if (tree == null) {
      throw new NotNow(Messages.text("threat.case-running-reopen-reason"));
    }
    if (active(tree, Set.of("AssessThreat"))) {
      throw new NotNow(Messages.text("threat.threat-being-assessed-now"));
    }
    refuseWhileCalledCasesRun(tree);
    ThreatRound round = rounds.save(new ThreatRound(c, ThreatRound.Kind.REASSESSED, processInstanceId, reason(reason),
        user.id().orElse(null), EngineClock.now()));
    user.withoutCaller(() -> {
      ProcessInstanceModificationBuilder modification = runtime.createProcessInstanceModification(processInstanceId)
          .startBeforeActivity("AssessThreat").setVariable("roundReason", round.getReason());
      for (ActivityInstance child : tree.getChildActivityInstances()) {
        modification.cancelActivityInstance(child.getId());
      }
      for (TransitionInstance transition : tree.getChildTransitionInstances()) {
        modification.cancelTransitionInstance(transition.getId());
      }
      modification.execute();
      return null;
    });
    return round;
  }

  /** A closed case reopened: a new round in a new process instance working the same case record. */
  @Transactional
  public ThreatRound reopen(String processInstanceId, String reason) {
    ThreatCase c = threatCase(processInstanceId);
    if (!c.isClosed()) {
      throw new NotNow(Messages.text("threat.case-open-start-new"));
    }
    ThreatRound round = rounds.save(new ThreatRound(c, ThreatRound.Kind.REOPENED, processInstanceId, reason(reason),
        user.id().orElse(null), EngineClock.now()));
    Map<String, Object> variables = carried(processInstanceId);
    variables.put("schoolCode", c.getSchoolCode());
    variables.put("schoolName", schools.name(c.getSchoolCode()));
    variables.put("roundReason", round.getReason());
    ProcessInstance started = start(REOPENED_MESSAGE, processInstanceId, variables);
    bind(started, c);
    c.reopened(started.getId());
    round.startedAs(started.getId(), c.getSchoolCode());
    return round;
  }

  /** The case follows the student to another school: the receiving school's round starts, the sending one ends. */
  @Transactional
  public Moved transfer(String processInstanceId, String toSchool, String reason) {
    ThreatCase c = threatCase(processInstanceId);
    if (c.isClosed()) {
      throw new NotNow(Messages.text("threat.case-closed-closed-case"));
    }
    ActivityInstance tree = user.withoutCaller(() -> runtime.getActivityInstance(processInstanceId));
    if (tree == null) {
      throw new NotNow(Messages.text("threat.case-running"));
    }
    refuseWhileCalledCasesRun(tree);
    String from = c.getSchoolCode();
    String to = schools.require("toSchool", toSchool).getCode();
    if (to.equals(from)) {
      throw InvalidInputException.of("toSchool", "threat.toSchool.case-already-choose-school", schools.name(from));
    }
    ThreatRound round = rounds.save(new ThreatRound(c, ThreatRound.Kind.TRANSFERRED, processInstanceId,
        reason(reason), user.id().orElse(null), EngineClock.now()));
    Map<String, Object> variables = carried(processInstanceId);
    variables.put("schoolCode", to);
    variables.put("schoolName", schools.name(to));
    variables.put("transferredFrom", schools.name(from));
    variables.put("transferReason", round.getReason());
    Object subject = variables.get(NameTaskForCase.SUBJECT);
    if (subject instanceof String s) {
      variables.put(NameTaskForCase.SUBJECT, s.replace(schools.name(from), schools.name(to)));
    }
    ProcessInstance started = start(TRANSFERRED_MESSAGE, processInstanceId, variables);
    bind(started, c);
    c.transferred(to, started.getId());
    round.startedAs(started.getId(), to);
    user.withoutCaller(() -> {
      runtime.deleteProcessInstance(processInstanceId, "Transferred to " + schools.name(to) + " as case "
          + started.getId(), true, true);
      return null;
    });
    return new Moved(c.getId(), c.reference(), processInstanceId, started.getId(), from, to);
  }

  /** The rounds a process instance started or ended, oldest first (the case's audit trail). */
  public List<ThreatRound> roundsOf(String processInstanceId) {
    return rounds.findByInstanceIdOrPreviousInstanceIdOrderByIdAsc(processInstanceId, processInstanceId);
  }

  private ThreatCase threatCase(String processInstanceId) {
    return cases.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new NotNow(Messages.text("threat.threat-cases-assessment-rounds")));
  }

  private static String reason(String reason) {
    String r = reason == null ? "" : reason.strip();
    if (r.isEmpty()) {
      throw InvalidInputException.of("reason", "threat.reason.give-reason");
    }
    if (r.length() > 2000) {
      throw InvalidInputException.of("reason", "threat.reason.reason-most-characters");
    }
    return r;
  }

  private void refuseWhileCalledCasesRun(ActivityInstance tree) {
    if (active(tree, CALLED_CASES)) {
      throw new NotNow(Messages.text("threat.police-report-mental-health"));
    }
  }

  private static boolean active(ActivityInstance instance, Set<String> activityIds) {
    if (activityIds.contains(instance.getActivityId())) {
      return true;
    }
    for (TransitionInstance t : instance.getChildTransitionInstances()) {
      if (activityIds.contains(t.getActivityId())) {
        return true;
      }
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      if (active(child, activityIds)) {
        return true;
      }
    }
    return false;
  }

  /** The case's own values (texts, flags, numbers, dates) to carry into the new round; no record ids. */
  private Map<String, Object> carried(String processInstanceId) {
    return carriedVariables.of(processInstanceId, NOT_CARRIED);
  }

  /** The new round works the same case record: bound to it as the report's registration binds it. */
  private void bind(ProcessInstance started, ThreatCase c) {
    caseRecords.bind(started, "threatCaseId", c.getId());
    user.withoutCaller(() -> {
      runtime.setVariable(started.getId(), "threatCaseId", c.getId());
      return null;
    });
  }

  private ProcessInstance start(String message, String previousInstanceId, Map<String, Object> variables) {
    Optional<String> businessKey = Optional.ofNullable(user.withoutCaller(() -> history
        .createHistoricProcessInstanceQuery().processInstanceId(previousInstanceId).singleResult()))
        .map(HistoricProcessInstance::getBusinessKey);
    variables.put("previousCaseId", previousInstanceId);
    return user.withoutCaller(() -> runtime.createMessageCorrelation(message)
        .processInstanceBusinessKey(businessKey.orElse(null)).setVariables(variables).correlateStartMessage());
  }
}
