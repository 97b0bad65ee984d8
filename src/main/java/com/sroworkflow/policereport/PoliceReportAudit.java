package com.sroworkflow.policereport;

import com.sroworkflow.audit.AuditEntry;
import com.sroworkflow.audit.CaseAuditSource;
import com.sroworkflow.identity.People;
import com.sroworkflow.threat.ThreatCases;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A threat case's audit entries of its police reports: each report being filed (not its contents),
 * and every disclosure of it and its reading.
 */
@Component
class PoliceReportAudit implements CaseAuditSource {

  private final ThreatCases cases;
  private final PoliceReportRepository reports;
  private final PoliceReportDisclosures disclosures;
  private final People people;

  PoliceReportAudit(ThreatCases cases, PoliceReportRepository reports, PoliceReportDisclosures disclosures,
      People people) {
    this.cases = cases;
    this.reports = reports;
    this.disclosures = disclosures;
    this.people = people;
  }

  @Override
  public List<AuditEntry> entries(String processInstanceId) {
    List<AuditEntry> entries = new ArrayList<>();
    Long caseId = cases.caseOf(processInstanceId).orElse(null);
    if (caseId == null) {
      return entries;
    }
    for (PoliceReport report : reports.findByThreatCaseId(caseId)) {
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
