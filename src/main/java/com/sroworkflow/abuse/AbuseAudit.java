package com.sroworkflow.abuse;

import com.sroworkflow.audit.AuditEntry;
import com.sroworkflow.audit.CaseAuditSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * An abuse report's own audit entries: reported, the hotline call (number, time, caller), told, the SRO's
 * decision. The audit trail is read only by those who may read the case (the compartment).
 */
@Component
class AbuseAudit implements CaseAuditSource {

  private final AbuseReportRepository reports;

  AbuseAudit(AbuseReportRepository reports) {
    this.reports = reports;
  }

  @Override
  public List<AuditEntry> entries(String processInstanceId) {
    List<AuditEntry> entries = new ArrayList<>();
    reports.findByProcessInstanceId(processInstanceId).ifPresent(r -> {
      entries.add(new AuditEntry(r.getReportedAt(), r.getReportedBy(), "Reported suspected child abuse or neglect",
          r.reference(), null));
      if (r.getHotlineCalledAt() != null) {
        entries.add(new AuditEntry(r.getHotlineCalledAt(), r.getHotlineCalledBy(), "Reported to the state hotline",
            r.reference(), "hotline report " + r.getHotlineReportNumber()));
      }
      if (r.getAcknowledgedAt() != null) {
        entries.add(new AuditEntry(r.getAcknowledgedAt(), r.getAcknowledgedBy(),
            r.isStaffSuspected() ? "District designee told" : "Principal told", r.reference(), null));
      }
      if (r.getInvestigation() != null) {
        entries.add(new AuditEntry(r.getInvestigationDecidedAt(), r.getInvestigationDecidedBy(),
            r.getInvestigation() ? "SRO opened an investigation" : "SRO opened no investigation", r.reference(),
            r.getInvestigationOutcome() == null ? null : r.getInvestigationOutcome().label()));
      }
    });
    return entries;
  }
}
