package com.sroworkflow.transfer;

import com.sroworkflow.audit.AuditEntry;
import com.sroworkflow.audit.CaseAuditSource;
import com.sroworkflow.school.Schools;
import com.sroworkflow.threat.ThreatRound;
import com.sroworkflow.threat.ThreatRounds;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** A case's transfers (both the sending and the receiving case show them) and its new assessment rounds. */
@Component
class TransferAudit implements CaseAuditSource {

  private final CaseMoves moves;
  private final ThreatRounds rounds;
  private final Schools schools;

  TransferAudit(CaseMoves moves, ThreatRounds rounds, Schools schools) {
    this.moves = moves;
    this.rounds = rounds;
    this.schools = schools;
  }

  @Override
  public List<AuditEntry> entries(String processInstanceId) {
    List<AuditEntry> entries = new ArrayList<>();
    for (CaseTransfer t : moves.transfersOf(processInstanceId)) {
      entries.add(new AuditEntry(t.getTransferredAt(), t.getTransferredBy(), "Transferred case",
          schools.name(t.getFromSchool()) + " to " + schools.name(t.getToSchool()),
          t.getReason() + " (case " + t.getOldCaseId() + " became case " + t.getNewCaseId() + ")"));
    }
    for (ThreatRound r : rounds.roundsOf(processInstanceId)) {
      if (r.getKind() != ThreatRound.Kind.TRANSFERRED) {
        entries.add(new AuditEntry(r.getRequestedAt(), r.getRequestedBy(),
            r.getKind() == ThreatRound.Kind.REOPENED ? "Reopened case" : "Started a new assessment round",
            r.getKind() == ThreatRound.Kind.REOPENED ? "case " + r.getPreviousInstanceId() + " reopened as case "
                + r.getInstanceId() : "case " + r.getInstanceId(), r.getReason()));
      }
    }
    return entries;
  }
}
