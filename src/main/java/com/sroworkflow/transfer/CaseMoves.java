package com.sroworkflow.transfer;

import com.sroworkflow.casefile.CaseListing;
import com.sroworkflow.casefile.ReadableCases.CaseRef;
import com.sroworkflow.document.CaseDocuments;
import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.notification.Notifications;
import com.sroworkflow.referral.ReferralTransfers;
import com.sroworkflow.school.Schools;
import com.sroworkflow.security.Caller;
import com.sroworkflow.security.CurrentUser;
import com.sroworkflow.security.Messages;
import com.sroworkflow.system.EngineClock;
import com.sroworkflow.threat.ThreatRound;
import com.sroworkflow.threat.ThreatRounds;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
 * <p>Threat cases and stand-alone referrals move (a referral a threat case made is part of that case); a police
 * report stays with the police department and linked to its case ({@link #POLICE_RECORD_STAYS}): 409.
 */
@Service
public class CaseMoves {

  /**
   * Why a police report does not move with the student (issue 17 item 5). It is the police department's record,
   * not the school's: the SRO files it "as required by the Department" (seeds 001 and 004), keeps records "as
   * required by the department" (seed 003 III.A.2.m), and FERPA keeps law-enforcement-unit records (made and kept
   * by the SRO for a law-enforcement purpose) apart from the education records that follow a student
   * (domain.md). So it stays with the department where it was filed, readable by police roles only; it stays linked
   * to its threat case (by the case record, which moves), so the moved case still shows that a report was filed
   * and the police roles see which report and where the department keeps it.
   */
  static final String POLICE_RECORD_STAYS = "A police report is the police department's record, not the school's:"
      + " it stays with the department and stays linked to its threat case. Transfer the threat case instead.";

  private final ThreatRounds rounds;
  private final ReferralTransfers referralTransfers;
  private final Set<String> policeReports;
  private final CaseDocuments documents;
  private final CaseTransferRepository ledger;
  private final Notifications notifications;
  private final People people;
  private final Schools schools;
  private final TaskService tasks;
  private final CurrentUser user;

  CaseMoves(ThreatRounds rounds, ReferralTransfers referralTransfers, CaseDocuments documents,
      CaseTransferRepository ledger, Notifications notifications, People people, Schools schools, TaskService tasks,
      CurrentUser user, List<CaseListing> listings) {
    this.rounds = rounds;
    this.referralTransfers = referralTransfers;
    this.policeReports = listings.stream().filter(l -> l.kind().police()).map(l -> l.kind().processKey())
        .collect(Collectors.toUnmodifiableSet());
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

  /** A referral is the SRO's work and the principal's to know: its school's principal or an SRO transfer it. */
  private static boolean mayMoveReferral(CaseRef c, Caller caller) {
    return caller.actsFor(c.school()) && (caller.inGroup(Roles.PRINCIPAL) || caller.inGroup(Roles.SRO));
  }

  boolean isPoliceReport(CaseRef c) {
    return policeReports.contains(c.processKey());
  }

  /** Whether the transfer page offers the form: the case is a kind that moves and the caller may move it. */
  boolean mayTransfer(CaseRef c, Caller caller) {
    if (policeReports.contains(c.processKey())) {
      return false;
    }
    return referralTransfers.isReferral(c.caseId()) ? mayMoveReferral(c, caller) : mayMove(c, caller);
  }

  @Transactional
  public Round reassess(CaseRef c, String reason) {
    require(c);
    ThreatRound round = c.open() ? rounds.reassess(c.caseId(), reason) : rounds.reopen(c.caseId(), reason);
    return new Round(round.getInstanceId(), round.getKind().name());
  }

  /**
   * The case follows the student to another school: a threat case or a stand-alone referral moves (each by its
   * capability's own service); a police report does not (see {@link #POLICE_RECORD_STAYS}).
   */
  @Transactional
  public CaseTransfer transfer(CaseRef c, String toSchool, String reason) {
    Caller caller = user.require();
    if (policeReports.contains(c.processKey())) {
      throw new ThreatRounds.NotNow(POLICE_RECORD_STAYS);
    }
    boolean referral = referralTransfers.isReferral(c.caseId());
    if (!(referral ? mayMoveReferral(c, caller) : mayMove(c, caller))) {
      throw new NotYours(Messages.text(referral ? "transfer.referral.not-yours" : "transfer.case.not-yours",
          schools.name(c.school())));
    }
    Moved moved;
    String kind;
    if (referral) {
      ReferralTransfers.Moved m = referralTransfers.transfer(c.caseId(), toSchool, reason);
      moved = new Moved(m.reference(), m.fromInstanceId(), m.toInstanceId(), m.fromSchool(), m.toSchool());
      kind = "referral";
    } else if (rounds.isThreatCase(c.caseId())) {
      ThreatRounds.Moved m = rounds.transfer(c.caseId(), toSchool, reason);
      moved = new Moved(m.reference(), m.fromInstanceId(), m.toInstanceId(), m.fromSchool(), m.toSchool());
      kind = "threat";
    } else {
      throw new ThreatRounds.NotNow("Threat cases and referrals are transferred here; this case is not one.");
    }
    CaseTransfer entry = ledger.save(new CaseTransfer(c.processKey(), moved.reference(), moved.fromInstanceId(),
        moved.toInstanceId(), moved.fromSchool(), moved.toSchool(), reason.strip(), caller.userId(),
        EngineClock.now()));
    documents.moveCase(moved.fromInstanceId(), moved.toInstanceId(), moved.toSchool());
    notifyPrincipals(moved, kind);
    return entry;
  }

  /** Where a case went, whatever its kind. */
  private record Moved(String reference, String fromInstanceId, String toInstanceId, String fromSchool,
      String toSchool) {}

  /**
   * The receiving school's principals get a mail linking the review task, the sending school's a mail linking the
   * audit record its school keeps. The application writes them (the mover holds no right to start mail deliveries);
   * they name no student.
   */
  private void notifyPrincipals(Moved moved, String kind) {
    String to = schools.name(moved.toSchool());
    String from = schools.name(moved.fromSchool());
    String prefix = "threat".equals(kind) ? "transfer." : "transfer.referral-";
    user.withoutCaller(() -> {
      // the receiving principal's review (ReviewTransferredCase, ReviewTransferredReferral)
      String taskId = tasks.createTaskQuery().processInstanceId(moved.toInstanceId()).list().stream()
          .filter(t -> t.getTaskDefinitionKey().startsWith("ReviewTransferred")).findFirst().map(Task::getId)
          .orElse(null);
      for (String principal : people.membersAtSchool(Roles.PRINCIPAL, moved.toSchool())) {
        notifications.send(principal, prefix + "receiving", taskId, moved.reference(), moved.toInstanceId(), to,
            from, moved.reference());
      }
      for (String principal : people.membersAtSchool(Roles.PRINCIPAL, moved.fromSchool())) {
        notifications.sendWithPage(principal, prefix + "sending", "/cases/" + moved.fromInstanceId(),
            moved.reference(), moved.fromInstanceId(), to, from, moved.reference());
      }
      return null;
    });
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
      throw new ThreatRounds.NotNow("Only threat cases are re-assessed.");
    }
    return caller;
  }
}
