package com.sroworkflow.policereport;

import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.system.EngineClock;
import com.sroworkflow.system.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of disclosing a police report. Its contents are the SRO's law-enforcement record: the
 * school's team sees only that a report was filed. An SRO of the school may disclose it, for a
 * reason, to a person who acts for that school; every disclosure is logged with reason, recipient and
 * time, and the recipient's reading of it too.
 */
@Service
@Transactional
class PoliceReportDisclosures {

  private final PoliceReportRepository reports;
  private final PoliceReportDisclosureRepository disclosures;
  private final People people;

  PoliceReportDisclosures(PoliceReportRepository reports, PoliceReportDisclosureRepository disclosures,
      People people) {
    this.reports = reports;
    this.disclosures = disclosures;
    this.people = people;
  }

  public PoliceReportDisclosure disclose(String schoolCode, String reportNumber, String recipient, String reason,
      String sro, String processInstanceId) {
    if (sro == null || !people.isMember(sro, Roles.SRO) || !people.actsFor(sro, schoolCode)) {
      throw new InvalidInputException("reportNumber", "Only an SRO of the school discloses its police reports.");
    }
    PoliceReport report = reports.findFirstBySchoolCodeAndReportNumberOrderByIdDesc(schoolCode, reportNumber == null ? "" : reportNumber.strip())
        .orElseThrow(() -> new InvalidInputException("reportNumber",
            "There is no police report '" + reportNumber + "' of this school."));
    String to = recipient == null ? "" : recipient.strip();
    if (!people.exists(to)) {
      throw new InvalidInputException("recipient", "There is no user '" + to + "'.");
    }
    if (to.equals(sro)) {
      throw new InvalidInputException("recipient", "Name the person you disclose the report to, not yourself.");
    }
    if (!people.actsFor(to, schoolCode)) {
      throw new InvalidInputException("recipient", people.displayName(to) + " does not act for this school.");
    }
    if (reason == null || reason.strip().length() < 20) {
      throw new InvalidInputException("reason", "Give the reason for the disclosure (at least 20 characters).");
    }
    return disclosures.save(new PoliceReportDisclosure(report.getId(), to, reason.strip(), sro, EngineClock.now(),
        processInstanceId));
  }

  /** What the recipient reads: the report, who disclosed it and why. */
  public Map<String, Object> view(Long disclosureId) {
    PoliceReportDisclosure d = require(disclosureId);
    PoliceReport r = reports.findById(d.getPoliceReportId()).orElseThrow();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("reportNumber", r.getReportNumber());
    view.put("offense", r.getOffence());
    view.put("reportDate", String.valueOf(r.getReportDate()));
    view.put("disposition", r.getDisposition().label());
    view.put("narrative", r.getNarrative());
    view.put("disclosedBy", people.displayName(d.getDisclosedBy()));
    view.put("disclosureReason", d.getReason());
    return view;
  }

  public void read(Long disclosureId) {
    require(disclosureId).read(EngineClock.now());
  }

  public List<PoliceReportDisclosure> of(PoliceReport report) {
    return disclosures.findByPoliceReportIdOrderByIdAsc(report.getId());
  }

  private PoliceReportDisclosure require(Long id) {
    return disclosures.findById(id).orElseThrow(() -> new IllegalStateException("disclosure " + id + " does not exist"));
  }
}
