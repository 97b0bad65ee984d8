package com.sroworkflow.policereport;

import static com.sroworkflow.system.JsonVariables.option;

import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.school.School;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.SchoolOptions;
import com.sroworkflow.security.Messages;
import com.sroworkflow.system.FormOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The choices of the disclosure's start form, for the SRO asking: the police reports of the schools they serve
 * ({@code disclosablePoliceReportOptions}, by number, offense and date) and the people who act for those schools
 * ({@code disclosureRecipientOptions}, by name, title and school), so nobody types a report number or a user name.
 * Only an SRO discloses police reports: anyone else is offered none.
 */
@Component
class PoliceReportOptions implements FormOptions {

  static final String REPORTS = "disclosablePoliceReportOptions";
  static final String RECIPIENTS = "disclosureRecipientOptions";

  private final SchoolOptions schools;
  private final PoliceReportRepository reports;
  private final People people;
  private final SchoolCalendar calendar;

  PoliceReportOptions(SchoolOptions schools, PoliceReportRepository reports, People people, SchoolCalendar calendar) {
    this.schools = schools;
    this.reports = reports;
    this.people = people;
    this.calendar = calendar;
  }

  @Override
  public Set<String> keys() {
    return Set.of(REPORTS, RECIPIENTS);
  }

  @Override
  @Transactional(readOnly = true)
  public List<Map<String, Object>> options(String key, String userId) {
    if (userId == null || !people.isMember(userId, Roles.SRO)) {
      return List.of();
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (School school : schools.schoolsOf(userId)) {
      names.put(school.getCode(), school.getName());
    }
    return REPORTS.equals(key) ? reports(names) : recipients(names, userId);
  }

  /** "2026-0042: Assault, 12/1/2026 (Lincoln High School)"; a number filed twice at a school is offered once. */
  private List<Map<String, Object>> reports(Map<String, String> schoolNames) {
    Map<String, Map<String, Object>> byNumber = new LinkedHashMap<>();
    for (PoliceReport r : reports.findBySchoolCodeInOrderByIdDesc(schoolNames.keySet())) {
      byNumber.putIfAbsent(r.getReportNumber(), option(Messages.text("policereport.option.report",
          r.getReportNumber(), r.getOffence(), calendar.day(r.getReportDate()), schoolNames.get(r.getSchoolCode())),
          r.getReportNumber()));
    }
    return new ArrayList<>(byNumber.values());
  }

  /** "Paula Park, Principal (Lincoln High School)": everyone at the SRO's schools but the SRO. */
  private List<Map<String, Object>> recipients(Map<String, String> schoolNames, String sro) {
    Map<String, List<String>> schoolsByPerson = new LinkedHashMap<>();
    schoolNames.forEach((code, name) -> people.atSchool(code).stream().filter(p -> !p.equals(sro))
        .forEach(p -> schoolsByPerson.computeIfAbsent(p, x -> new ArrayList<>()).add(name)));
    List<Map<String, Object>> options = new ArrayList<>();
    schoolsByPerson.forEach((person, at) ->
        options.add(option(Messages.text("policereport.option.recipient", people.nameAndTitle(person),
            String.join(", ", at)), person)));
    return options;
  }
}
