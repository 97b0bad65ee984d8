package com.sroworkflow.transfer;

import com.sroworkflow.casefile.ReadableCases.CaseRef;
import com.sroworkflow.document.CaseDocuments;
import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.notification.Notifications;
import com.sroworkflow.school.Schools;
import com.sroworkflow.security.Caller;
import com.sroworkflow.security.CurrentUser;
import com.sroworkflow.security.Messages;
import com.sroworkflow.system.EngineClock;
import com.sroworkflow.threat.ThreatRound;
import com.sroworkflow.threat.ThreatRounds;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's moves (issue 17 items 3 and 5): a new assessment round, a closed case reopened, a transfer to the school
 * the student moved to. The caller has found the case through {@code casefile.ReadableCases}; here the school's
 * principal or threat team is required, the move is made by the capability's own service
 * ({@link ThreatRounds}), and a transfer goes into the ledger with its documents moved, the receiving principal's
 * task and a notice to both schools' principals (naming no student).
 *
 * <p>Threat cases move; other kinds (referrals, police reports) do not yet: a referral follows its threat case's
 * own process when called by it, and a stand-alone referral is refused with 409 for now.
 */
@Service
public class CaseMoves {

  private final ThreatRounds rounds;
  private final CaseDocuments documents;
  private final CaseTransferRepository ledger;
  private final Notifications notifications;
  private final People people;
  private final Schools schools;
  private final TaskService tasks;
  private final CurrentUser user;

  CaseMoves(ThreatRounds rounds, CaseDocuments documents, CaseTransferRepository ledger, Notifications notifications,
      People people, Schools schools, TaskService tasks, CurrentUser user) {
    this.rounds = rounds;
    this.documents = documents;
    this.ledger = ledger;
    this.notifications = notifications;
    this.people = people;
    this.schools = schools;
    this.tasks = tasks;
    this.user = user;
  }

  /** Refused for this caller (403) though they may read the case: only its school's principal or team move it. */
  static class NotYours extends RuntimeException {
    NotYours(String message) {
      super(message);
    }
  }

  /** Where a re-assessment went: the same case, or the new round of a closed one. */
  record Round(String caseId, String kind) {}

  /** Whether the caller may move this case: its school's principal or threat team. */
  boolean mayMove(CaseRef c, Caller caller) {
    return caller.actsFor(c.school()) && (caller.inGroup(Roles.PRINCIPAL) || caller.inGroup(Roles.THREAT_TEAM));
  }

  @Transactional
  public Round reassess(CaseRef c, String reason) {
    require(c);
    ThreatRound round = c.open() ? rounds.reassess(c.caseId(), reason) : rounds.reopen(c.caseId(), reason);
    return new Round(round.getInstanceId(), round.getKind().name());
  }

  @Transactional
  public CaseTransfer transfer(CaseRef c, String toSchool, String reason) {
    Caller caller = require(c);
    ThreatRounds.Moved moved = rounds.transfer(c.caseId(), toSchool, reason);
    CaseTransfer entry = ledger.save(new CaseTransfer(c.processKey(), moved.reference(), moved.fromInstanceId(),
        moved.toInstanceId(), moved.fromSchool(), moved.toSchool(), reason.strip(), caller.userId(),
        EngineClock.now()));
    documents.moveCase(moved.fromInstanceId(), moved.toInstanceId(), moved.toSchool());
    String to = schools.name(moved.toSchool());
    String from = schools.name(moved.fromSchool());
    String taskId = user.withoutCaller(() -> tasks.createTaskQuery().processInstanceId(moved.toInstanceId()).list())
        .stream().findFirst().map(Task::getId).orElse(null);
    // The application writes the notices (the mover holds no right to start mail deliveries), naming no student.
    user.withoutCaller(() -> {
      for (String principal : people.membersAtSchool(Roles.PRINCIPAL, moved.toSchool())) {
        notifications.send(principal, "transfer.receiving", taskId, moved.reference(), moved.toInstanceId(), to, from,
            moved.reference());
      }
      for (String principal : people.membersAtSchool(Roles.PRINCIPAL, moved.fromSchool())) {
        notifications.send(principal, "transfer.sending", null, moved.reference(), moved.fromInstanceId(), to, from,
            moved.reference());
      }
      return null;
    });
    return entry;
  }

  /** The ledger rows naming the case, as sending or receiving case. */
  public List<CaseTransfer> transfersOf(String caseId) {
    return ledger.findByOldCaseIdOrNewCaseIdOrderByIdAsc(caseId, caseId);
  }

  private Caller require(CaseRef c) {
    Caller caller = user.require();
    if (!mayMove(c, caller)) {
      throw new NotYours(Messages.text("transfer.principal-threat-team-move", schools.name(c.school())));
    }
    if (!rounds.isThreatCase(c.caseId())) {
      throw new ThreatRounds.NotNow("Only threat cases are re-assessed and transferred here.");
    }
    return caller;
  }
}
