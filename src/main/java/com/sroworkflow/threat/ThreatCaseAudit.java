package com.sroworkflow.threat;

import com.sroworkflow.audit.AuditEntry;
import com.sroworkflow.audit.CaseAuditSource;
import com.sroworkflow.identity.People;
import com.sroworkflow.policereport.PoliceReport;
import com.sroworkflow.policereport.PoliceReportDisclosure;
import com.sroworkflow.policereport.PoliceReportDisclosures;
import com.sroworkflow.policereport.PoliceReportRepository;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A threat case's own entries in its audit trail: the classification the team decided (and any
 * override of the table's suggestion, with its reason), re-marks of the closed case, the police report
 * being filed (not its contents), and every disclosure of that report and its reading.
 */
@Component
class ThreatCaseAudit implements CaseAuditSource {

  private final ThreatCaseRepository cases;
  private final ThreatClassificationRepository classifications;
  private final ThreatCaseRemarkRepository remarks;
  private final PoliceReportRepository reports;
  private final PoliceReportDisclosures disclosures;
  private final People people;
  private final ThreatSignOffRepository signOffs;

  ThreatCaseAudit(ThreatCaseRepository cases, ThreatClassificationRepository classifications,
      ThreatCaseRemarkRepository remarks, PoliceReportRepository reports, PoliceReportDisclosures disclosures,
      People people, ThreatSignOffRepository signOffs) {
    this.signOffs = signOffs;
    this.cases = cases;
    this.classifications = classifications;
    this.remarks = remarks;
    this.reports = reports;
    this.disclosures = disclosures;
    this.people = people;
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
    for (PoliceReport report : reports.findByThreatCaseId(c.getId())) {
      entries.add(new AuditEntry(report.getFiledAt(), report.getFiledBy(), "Filed police report",
          report.getReportNumber(), null));
      for (PoliceReportDisclosure d : disclosures.of(report)) {
        entries.add(new AuditEntry(d.getDisclosedAt(), d.getDisclosedBy(), "Disclosed police report",
            report.getReportNumber() + " to " + people.displayName(d.getRecipientUsername()), d.getReason()));
        if (d.getReadAt() != null) {
          entries.add(new AuditEntry(d.getReadAt(), d.getRecipientUsername(), "Read disclosed police report",
              report.getReportNumber(), null));
        }
      }
    }
    return entries;
  }
}
