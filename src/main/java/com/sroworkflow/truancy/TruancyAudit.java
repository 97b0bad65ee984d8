package com.sroworkflow.truancy;

import com.sroworkflow.audit.AuditEntry;
import com.sroworkflow.audit.CaseAuditSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A truancy case's own audit entries: each note the SRO wrote (that it was written, by whom and when; never
 * its words, which are a police record) and the case's outcome.
 */
@Component
class TruancyAudit implements CaseAuditSource {

  private final TruancyCaseRepository cases;
  private final TruancyPoliceNoteRepository notes;

  TruancyAudit(TruancyCaseRepository cases, TruancyPoliceNoteRepository notes) {
    this.cases = cases;
    this.notes = notes;
  }

  @Override
  public List<AuditEntry> entries(String processInstanceId) {
    List<AuditEntry> entries = new ArrayList<>();
    cases.findByProcessInstanceId(processInstanceId).ifPresent(c -> {
      for (TruancyPoliceNote n : notes.findByTruancyCaseIdOrderByWrittenAtAsc(c.getId())) {
        entries.add(new AuditEntry(n.getWrittenAt(), n.getOfficerUsername(), "Wrote the SRO's note",
            "HEARING".equals(n.getStep()) ? "Truancy board hearing" : "Home visit", null));
      }
      if (c.getOutcome() != null) {
        entries.add(new AuditEntry(c.getClosedAt(), null, "Closed the truancy case", "Outcome", c.getOutcome()));
      }
    });
    return entries;
  }
}
