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
      throw InvalidInputException.of("reportNumber", "policereport.reportNumber.sro-school-discloses-police");
    }
    PoliceReport report = reports.findFirstBySchoolCodeAndReportNumberOrderByIdDesc(schoolCode, reportNumber == null ? "" : reportNumber.strip())
        .orElseThrow(() -> InvalidInputException.of("reportNumber", "policereport.reportNumber.police-report-school", reportNumber));
    String to = recipient == null ? "" : recipient.strip();
    if (!people.exists(to)) {
      throw InvalidInputException.of("recipient", "policereport.recipient.user", to);
    }
    if (to.equals(sro)) {
      throw InvalidInputException.of("recipient", "policereport.recipient.name-person-disclose-report");
    }
    if (!people.actsFor(to, schoolCode)) {
      throw InvalidInputException.of("recipient", "policereport.recipient.act-school", people.displayName(to));
    }
    if (reason == null || reason.strip().length() < 20) {
      throw InvalidInputException.of("reason", "policereport.reason.give-reason-disclosure-least");
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
