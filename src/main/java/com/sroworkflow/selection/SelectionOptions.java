package com.sroworkflow.selection;

import static com.sroworkflow.system.JsonVariables.option;

import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.system.FormOptions;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The choices of the selection's start forms, for the person asking: the vacancies open for
 * applications (an officer sees them rather than typing a reference from a mail), the officers a
 * supervisor may nominate (those they supervise), and the person's own applications still in
 * selection, which they may withdraw.
 */
@Component
class SelectionOptions implements FormOptions {

  static final String OPEN_VACANCIES = "openVacancyOptions";
  static final String NOMINEES = "nomineeOptions";
  static final String WITHDRAWABLE = "withdrawableApplicationOptions";

  /** An application in these states is in the selection subprocess, where a withdrawal is caught. */
  static final Set<Application.Status> IN_SELECTION = EnumSet.of(Application.Status.SUBMITTED,
      Application.Status.ELIGIBILITY_REVIEW, Application.Status.RECOMMENDATION, Application.Status.INTERVIEW,
      Application.Status.ON_ELIGIBILITY_LIST);

  private final VacancyRepository vacancies;
  private final ApplicationRepository applications;
  private final People people;
  private final SchoolCalendar calendar;
  private final Vacancies vacancyService;

  SelectionOptions(VacancyRepository vacancies, ApplicationRepository applications, People people,
      SchoolCalendar calendar, Vacancies vacancyService) {
    this.vacancies = vacancies;
    this.applications = applications;
    this.people = people;
    this.calendar = calendar;
    this.vacancyService = vacancyService;
  }

  @Override
  public Set<String> keys() {
    return Set.of(OPEN_VACANCIES, NOMINEES, WITHDRAWABLE);
  }

  @Override
  @Transactional(readOnly = true)
  public List<Map<String, Object>> options(String key, String userId) {
    return switch (key) {
      case OPEN_VACANCIES -> openVacancies();
      case NOMINEES -> userId == null ? List.of() : nominees(userId);
      case WITHDRAWABLE -> userId == null ? List.of() : withdrawable(userId);
      default -> throw new IllegalArgumentException(key);
    };
  }

  /** "V-2026-1: SRO, Lincoln High School (Lincoln High School), applications close Mon, Dec 14, 2026". */
  private List<Map<String, Object>> openVacancies() {
    return vacancies.findAll().stream()
        .filter(v -> v.acceptsApplications(calendar.today()))
        .sorted((a, b) -> a.getApplicationDeadline().compareTo(b.getApplicationDeadline()))
        .map(v -> option(v.getReference() + ": " + v.getTitle() + " (" + vacancyService.schoolNames(v.getSchoolCodes())
            + "), applications close " + calendar.day(v.getApplicationDeadline()), v.getReference()))
        .toList();
  }

  /** The officers whose supervisor on record is this person. */
  private List<Map<String, Object>> nominees(String supervisor) {
    return people.members(Roles.OFFICER).stream()
        .filter(officer -> supervisor.equals(people.supervisorOf(officer).orElse(null)))
        .map(officer -> option(people.nameAndTitle(officer), officer))
        .toList();
  }

  private List<Map<String, Object>> withdrawable(String applicant) {
    return applications.findByApplicantUsernameOrderByIdAsc(applicant).stream()
        .filter(a -> IN_SELECTION.contains(a.getStatus()))
        .map(a -> option("SRO application for " + a.getVacancy().getReference() + ": " + a.getVacancy().getTitle(),
            String.valueOf(a.getId())))
        .toList();
  }
}
