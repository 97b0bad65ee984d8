package com.sroworkflow.audit;

import java.util.List;

/**
 * A capability's own audit entries of a case, beyond what Camunda records: a classification
 * override, a disclosure of a police report, a re-mark. Each capability that keeps such records
 * contributes a bean; the case audit trail merges them with Camunda's history.
 */
public interface CaseAuditSource {

  List<AuditEntry> entries(String processInstanceId);
}
