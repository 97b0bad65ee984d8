package com.sroworkflow.policereport;

import com.sroworkflow.system.RecordRetention;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * A police report follows its own retention, the law-enforcement unit's, not the school's: the
 * police-report process's history time to live, counted from filing.
 */
@Component
class PoliceReportRetention implements RecordRetention {

  private final PoliceReportRepository reports;

  PoliceReportRetention(PoliceReportRepository reports) {
    this.reports = reports;
  }

  @Override
  public String records() {
    return "police reports";
  }

  @Override
  public int removeExpired(Instant now) {
    return reports.deleteExpired(now);
  }
}
