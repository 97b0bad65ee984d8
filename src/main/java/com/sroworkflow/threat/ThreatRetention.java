package com.sroworkflow.threat;

import com.sroworkflow.policereport.PoliceReportRepository;
import com.sroworkflow.system.RecordRetention;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Threat cases are records about minors and are not kept forever: once a closed case's retention
 * period has passed, its record and everything recorded on it are removed, as Camunda's history
 * cleanup removes the case's history at the same time (both count the process's history time to
 * live from the end of the case). A police report follows its own retention, counted from filing.
 */
@Component
class ThreatRetention implements RecordRetention {

  private final ThreatCaseRepository cases;
  private final PoliceReportRepository policeReports;

  ThreatRetention(ThreatCaseRepository cases, PoliceReportRepository policeReports) {
    this.cases = cases;
    this.policeReports = policeReports;
  }

  @Override
  public String records() {
    return "closed threat cases and police reports";
  }

  @Override
  public int removeExpired(Instant now) {
    return cases.deleteExpired(now) + policeReports.deleteExpired(now);
  }
}
