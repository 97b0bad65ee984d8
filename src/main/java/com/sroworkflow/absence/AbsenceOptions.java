package com.sroworkflow.absence;

import static com.sroworkflow.system.JsonVariables.option;

import com.sroworkflow.identity.People;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.system.FormOptions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The choices of the absence start forms: who is away (an SRO themselves; a sergeant their own SROs; the
 * administrator any SRO), and, when canceling, the absences the person may cancel (their own, or their SROs' as
 * their sergeant), still to come or under way: "Court day: Sally Ortiz, Mon, Dec 7, 2026 to Tue, Dec 8, 2026".
 */
@Component
class AbsenceOptions implements FormOptions {

  static final String CANCELABLE = "cancelableAbsenceOptions";
  static final String ABSENT_OFFICER = "absentOfficerOptions";

  private final Absences absences;
  private final People people;
  private final SchoolCalendar calendar;

  AbsenceOptions(Absences absences, People people, SchoolCalendar calendar) {
    this.absences = absences;
    this.people = people;
    this.calendar = calendar;
  }

  @Override
  public Set<String> keys() {
    return Set.of(CANCELABLE, ABSENT_OFFICER);
  }

  @Override
  public List<Map<String, Object>> options(String key, String userId) {
    if (userId == null) {
      return List.of();
    }
    if (ABSENT_OFFICER.equals(key)) {
      return absences.whoMayBeEnteredBy(userId).stream().map(sro -> option(people.displayName(sro), sro)).toList();
    }
    return absences.cancelableBy(userId).stream()
        .map(a -> option(a.getKind().label() + ": " + people.displayName(a.getOfficerUsername()) + ", "
            + calendar.day(a.getFirstDay()) + " to " + calendar.day(a.getLastDay()), String.valueOf(a.getId())))
        .toList();
  }
}
