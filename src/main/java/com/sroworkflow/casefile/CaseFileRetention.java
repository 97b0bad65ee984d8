package com.sroworkflow.casefile;

import com.sroworkflow.system.RecordRetention;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes and records-request downloads go with their case: once the capability that keeps the case has removed
 * its record (its retention period passed: threat.ThreatRetention, referral.ReferralRetention,
 * policereport.PoliceReportRetention), the case file's own entries of that case are removed on the same run
 * of the schedule or the next. A case whose record no {@link CaseListing} holds any more is gone.
 */
@Component
class CaseFileRetention implements RecordRetention {

  private final CaseFileEntryRepository entries;
  private final List<CaseListing> listings;

  CaseFileRetention(CaseFileEntryRepository entries, List<CaseListing> listings) {
    this.entries = entries;
    this.listings = listings;
  }

  @Override
  public String records() {
    return "notes and records-request downloads of removed cases";
  }

  @Override
  @Transactional
  public int removeExpired(Instant now) {
    Set<String> cases = new HashSet<>(entries.caseIds());
    for (CaseListing listing : listings) {
      if (cases.isEmpty()) {
        break;
      }
      cases.removeAll(listing.existing(cases));
    }
    if (cases.isEmpty()) {
      return 0;
    }
    List<String> gone = new ArrayList<>(cases);
    int removed = 0;
    for (int from = 0; from < gone.size(); from += 500) {
      List<String> chunk = gone.subList(from, Math.min(gone.size(), from + 500));
      removed += entries.deleteByCases(chunk);
    }
    return removed;
  }
}
