package com.sroworkflow.abuse;

import com.sroworkflow.system.RecordRetention;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A closed abuse report is removed when its retention has passed (bpmn/child-abuse-report.bpmn's history time
 * to live, counted from the close, as Camunda's cleanup counts the case's history), with the grants of its
 * compartment.
 */
@Component
class AbuseRetention implements RecordRetention {

  private final AbuseReportRepository reports;
  private final AbuseCompartment compartment;

  AbuseRetention(AbuseReportRepository reports, AbuseCompartment compartment) {
    this.reports = reports;
    this.compartment = compartment;
  }

  @Override
  public String records() {
    return "closed child abuse reports";
  }

  @Override
  @Transactional
  public int removeExpired(Instant now) {
    List<AbuseReport> expired = reports.findByRemoveAfterBefore(now);
    for (AbuseReport r : expired) {
      if (r.getProcessInstanceId() != null) {
        compartment.remove(r.getProcessInstanceId());
      }
    }
    reports.deleteAll(expired);
    return expired.size();
  }
}
