package com.sroworkflow.audit;

import com.sroworkflow.security.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/cases/{processInstanceId}/audit}: a case's audit trail for whoever may read the
 * case (its school's staff working it, administrators); 404 for everyone else, as if it did not exist.
 */
@RestController
class CaseAuditController {

  private final CaseAudit audit;

  CaseAuditController(CaseAudit audit) {
    this.audit = audit;
  }

  @GetMapping("/api/cases/{processInstanceId}/audit")
  CaseAudit.Trail trail(@PathVariable String processInstanceId) {
    CaseAudit.Trail trail = audit.trail(processInstanceId);
    if (trail == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("audit.such-case-among-cases"));
    }
    return trail;
  }
}
