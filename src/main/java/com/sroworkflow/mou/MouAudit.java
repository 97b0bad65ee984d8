package com.sroworkflow.mou;

import com.sroworkflow.audit.AuditEntry;
import com.sroworkflow.audit.CaseAuditSource;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The renewed MOU a renewal recorded, in the renewal's audit trail: who, when, its dates and where it is filed. */
@Component
class MouAudit implements CaseAuditSource {

  private final MouRepository mous;

  MouAudit(MouRepository mous) {
    this.mous = mous;
  }

  @Override
  @Transactional(readOnly = true)
  public List<AuditEntry> entries(String processInstanceId) {
    return mous.findByProcessInstanceId(processInstanceId).stream()
        .map(m -> new AuditEntry(m.getRecordedAt(), m.getRecordedBy(), "Recorded renewed MOU", m.getSchoolCode(),
            m.getStartsOn() + " to " + m.getExpiresOn() + ", " + m.getDocumentRef()))
        .toList();
  }
}
