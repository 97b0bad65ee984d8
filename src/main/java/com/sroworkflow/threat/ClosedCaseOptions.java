package com.sroworkflow.threat;

import static com.sroworkflow.system.JsonVariables.option;

import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.school.School;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.SchoolOptions;
import com.sroworkflow.security.Messages;
import com.sroworkflow.system.FormOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closed threat cases a review can be asked for ({@code closedThreatCaseOptions}): for the threat team and the
 * principals, who ask for reviews ({@link ThreatAccess}), those of the schools they act for, newest first, by number, the case's title (initials only) and closing day, so nobody types a
 * case number. The review's first step still finds the case at the school chosen on the form.
 */
@Component
class ClosedCaseOptions implements FormOptions {

  static final String CLOSED_CASES = "closedThreatCaseOptions";

  private final SchoolOptions schools;
  private final ThreatCaseRepository cases;
  private final SchoolCalendar calendar;
  private final People people;

  ClosedCaseOptions(SchoolOptions schools, ThreatCaseRepository cases, SchoolCalendar calendar, People people) {
    this.schools = schools;
    this.people = people;
    this.cases = cases;
    this.calendar = calendar;
  }

  @Override
  public Set<String> keys() {
    return Set.of(CLOSED_CASES);
  }

  /** "Threat case 42: Student J. D., closed Thu, Dec 3, 2026 (Lincoln High School)", value "42". */
  @Override
  @Transactional(readOnly = true)
  public List<Map<String, Object>> options(String key, String userId) {
    if (userId == null || !(people.isMember(userId, Roles.THREAT_TEAM) || people.isMember(userId, Roles.PRINCIPAL))) {
      return List.of();
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (School school : schools.schoolsOf(userId)) {
      if (people.actsFor(userId, school.getCode())) {
        names.put(school.getCode(), school.getName());
      }
    }
    return cases.findBySchoolCodeInAndClosedAtIsNotNullOrderByIdDesc(names.keySet()).stream()
        .map(c -> option(Messages.text("threat.option.closed-case", String.valueOf(c.getId()), c.caseTitle(),
            calendar.day(c.getClosedAt()), names.get(c.getSchoolCode())), String.valueOf(c.getId())))
        .toList();
  }
}
