package com.sroworkflow.threat;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Threat cases are records about minors and are not kept forever: once a closed case's retention
 * period has passed, its record and everything recorded on it are removed, as Camunda's history
 * cleanup removes the case's history at the same time (both count the process's history time to
 * live from the end of the case). A police report follows its own retention, counted from filing.
 */
@Component
class ThreatRetention {

  private static final Logger LOG = LoggerFactory.getLogger(ThreatRetention.class);

  private final ThreatCaseRepository cases;
  private final PoliceReportRepository policeReports;

  ThreatRetention(ThreatCaseRepository cases, PoliceReportRepository policeReports) {
    this.cases = cases;
    this.policeReports = policeReports;
  }

  @Scheduled(cron = "${sro.threat.retention-cleanup-cron:0 45 1 * * *}")
  void removeExpiredCases() {
    removeExpired(Instant.now());
  }

  int removeExpired(Instant now) {
    int removed = cases.deleteExpired(now);
    int reports = policeReports.deleteExpired(now);
    if (removed > 0 || reports > 0) {
      LOG.info("Removed {} closed threat cases and {} police reports whose retention period has passed", removed,
          reports);
    }
    return removed;
  }
}
