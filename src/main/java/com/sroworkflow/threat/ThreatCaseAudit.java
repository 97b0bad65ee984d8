package com.sroworkflow.threat;

import com.sroworkflow.audit.AuditEntry;
import com.sroworkflow.audit.CaseAuditSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A threat case's own entries in its audit trail: the classification the team decided (and any
 * override of the table's suggestion, with its reason) and re-marks of the closed case. The police
 * report's entries are the police report's own (policereport.PoliceReportAudit).
 */
@Component
class ThreatCaseAudit implements CaseAuditSource {

  private final ThreatCaseRepository cases;
  private final ThreatClassificationRepository classifications;
  private final ThreatCaseRemarkRepository remarks;
  private final ThreatSignOffRepository signOffs;

  ThreatCaseAudit(ThreatCaseRepository cases, ThreatClassificationRepository classifications,
      ThreatCaseRemarkRepository remarks, ThreatSignOffRepository signOffs) {
    this.signOffs = signOffs;
    this.cases = cases;
    this.classifications = classifications;
    this.remarks = remarks;
  }

  @Override
  public List<AuditEntry> entries(String processInstanceId) {
    List<AuditEntry> entries = new ArrayList<>();
    ThreatCase c = cases.findByProcessInstanceId(processInstanceId).orElse(null);
    if (c == null) {
      return entries;
    }
    classifications.findByThreatCaseId(c.getId()).filter(k -> k.getSuggestedClassification() != null)
        .ifPresent(k -> entries.add(new AuditEntry(k.getAssessedAt(), k.getAssessedBy(), "Table suggested classification",
            k.getSuggestedClassification() + " / " + k.getSuggestedLevel()
                + (k.isSelfHarmScreening() ? ", self-harm screening" : ""), k.getSuggestionRationale())));
    for (ThreatSignOff s : signOffs.findByThreatCaseIdOrderByIdAsc(c.getId())) {
      String lowering = s.getFromClassification() + " / " + s.getFromLevel() + " to " + s.getToClassification() + " / "
          + s.getToLevel();
      entries.add(new AuditEntry(s.getRequestedAt(), s.getRequestedBy(), "Proposed lowering the classification",
          lowering, s.getReason()));
      if (s.getDecision() != null) {
        entries.add(new AuditEntry(s.getSignedAt(), s.getSignedBy(), s.getDecision() == ThreatSignOff.Decision.APPROVED
            ? "Signed off lowering" : "Refused lowering", lowering, s.getSignedNote()));
      }
    }
    classifications.findByThreatCaseId(c.getId()).filter(k -> k.getDecidedAt() != null).ifPresent(k -> {
      String decided = k.getClassification() + " / " + k.getLevelOfConcern();
      if (k.isOverridden()) {
        entries.add(new AuditEntry(k.getDecidedAt(), k.getDecidedBy(), "Overrode classification",
            k.getSuggestedClassification() + " / " + k.getSuggestedLevel() + " to " + decided, k.getOverrideReason()));
      } else {
        entries.add(new AuditEntry(k.getDecidedAt(), k.getDecidedBy(), "Decided classification", decided,
            k.getDecisionNote() != null ? k.getDecisionNote() : k.getSuggestionRationale()));
      }
    });
    for (ThreatCaseRemark r : remarks.findByThreatCaseIdOrderByIdAsc(c.getId())) {
      entries.add(new AuditEntry(r.getRemarkedAt(), r.getRemarkedBy(), "Re-marked closed case",
          r.getFromMarking() + " to " + r.getToMarking(), r.getReason()));
    }
    return entries;
  }
}
