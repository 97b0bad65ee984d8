package com.sroworkflow.emergency;

import com.sroworkflow.audit.AuditEntry;
import com.sroworkflow.audit.CaseAuditSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A plan review's or drill's escalation to the district designee, in the case's audit trail. */
@Component
class EmergencyAudit implements CaseAuditSource {

  private final PlanReviewRepository reviews;
  private final DrillRepository drills;

  EmergencyAudit(PlanReviewRepository reviews, DrillRepository drills) {
    this.reviews = reviews;
    this.drills = drills;
  }

  @Override
  @Transactional(readOnly = true)
  public List<AuditEntry> entries(String processInstanceId) {
    List<AuditEntry> entries = new ArrayList<>();
    reviews.findByProcessInstanceId(processInstanceId).filter(r -> r.getEscalatedAt() != null).ifPresent(r ->
        entries.add(new AuditEntry(r.getEscalatedAt(), null, "Escalated to the district designee",
            "Emergency plan review", "overdue")));
    drills.findByProcessInstanceId(processInstanceId).filter(d -> d.getEscalatedAt() != null).ifPresent(d ->
        entries.add(new AuditEntry(d.getEscalatedAt(), null, "Escalated to the district designee",
            d.getKind().label(), "overdue")));
    return entries;
  }
}
