package com.sroworkflow.incident;

import com.sroworkflow.audit.AuditEntry;
import com.sroworkflow.audit.CaseAuditSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** An incident's own audit entries: reported, decided, the SRO's action, the police report filed, the threat link. */
@Component
class IncidentAudit implements CaseAuditSource {

  private final IncidentRepository incidents;

  IncidentAudit(IncidentRepository incidents) {
    this.incidents = incidents;
  }

  @Override
  public List<AuditEntry> entries(String processInstanceId) {
    List<AuditEntry> entries = new ArrayList<>();
    incidents.findByProcessInstanceId(processInstanceId).ifPresent(i -> {
      entries.add(new AuditEntry(i.getReportedAt(), i.getReportedBy(), "Reported incident", i.reference(), null));
      if (i.getDecidedAt() != null) {
        entries.add(new AuditEntry(i.getDecidedAt(), i.getDecidedBy(), "Principal decided",
            i.reference(), i.getPrincipalDecision().label()));
      }
      if (i.getThreatCaseId() != null) {
        entries.add(new AuditEntry(i.getDecidedAt(), i.getDecidedBy(), "Opened threat assessment",
            i.reference(), "threat case " + i.getThreatCaseId()));
      }
      if (i.getActionAt() != null) {
        entries.add(new AuditEntry(i.getActionAt(), i.getActionBy(), "SRO decided law-enforcement action",
            i.reference(), i.getLawEnforcementAction().label()));
      }
      if (i.getPoliceReportFiledAt() != null) {
        entries.add(new AuditEntry(i.getPoliceReportFiledAt(), i.getActionBy(), "Police report filed",
            i.reference(), null));
      }
    });
    return entries;
  }
}
