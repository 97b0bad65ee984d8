package com.sroworkflow.threat;

import com.sroworkflow.system.RecordRetention;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Threat cases are records about minors and are not kept forever: once a closed case's retention
 * period has passed, its record and everything recorded on it are removed, as Camunda's history
 * cleanup removes the case's history at the same time (both count the process's history time to
 * live from the end of the case). A police report follows its own retention, counted from filing
 * (policereport.PoliceReportRetention).
 */
@Component
class ThreatRetention implements RecordRetention {

  private final ThreatCaseRepository cases;

  ThreatRetention(ThreatCaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public String records() {
    return "closed threat cases";
  }

  @Override
  public int removeExpired(Instant now) {
    return cases.deleteExpired(now);
  }
}
