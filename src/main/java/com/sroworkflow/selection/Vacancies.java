package com.sroworkflow.selection;

import com.sroworkflow.identity.People;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.school.Staffing;
import com.sroworkflow.system.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of SRO vacancies: opening one, closing its applications, the Chief's list of candidates
 * and the appointments made from it.
 */
@Service("vacancies")
@Transactional
public class Vacancies {

  /** The Chief's appointment form offers up to this many posts; a larger need is several vacancies. */
  public static final int MAX_POSTS = 3;

  private final VacancyRepository vacancies;
  private final ApplicationRepository applications;
  private final AppointmentRepository appointments;
  private final Schools schools;
  private final SchoolCalendar calendar;
  private final Staffing staffing;
  private final People people;

  Vacancies(VacancyRepository vacancies, ApplicationRepository applications, AppointmentRepository appointments,
      Schools schools, SchoolCalendar calendar, Staffing staffing, People people) {
    this.vacancies = vacancies;
    this.applications = applications;
    this.appointments = appointments;
    this.schools = schools;
    this.calendar = calendar;
    this.staffing = staffing;
    this.people = people;
  }

  /** One post of the Chief's decision: the application appointed and the schools assigned to it. */
  public record Choice(Long applicationId, Set<String> schoolCodes) {}

  public Vacancy open(String title, Number postCount, Collection<String> schoolCodes, String deadline, String notes,
      String openedBy, String processInstanceId) {
    if (title == null || title.isBlank()) {
      throw InvalidInputException.of("vacancyTitle", "selection.vacancyTitle.title-required");
    }
    if (postCount == null || postCount.doubleValue() != Math.rint(postCount.doubleValue())
        || postCount.intValue() < 1 || postCount.intValue() > MAX_POSTS) {
      throw InvalidInputException.of("postCount", "selection.postCount.number-posts-whole-number", MAX_POSTS);
    }
    Set<String> codes = schoolCodes(schoolCodes);
    LocalDate closes = date("applicationDeadline", deadline);
    if (closes.isBefore(calendar.today())) {
      throw InvalidInputException.of("applicationDeadline", "selection.applicationDeadline.applications-close-past");
    }
    if (codes.size() < postCount.intValue()) {
      throw InvalidInputException.of("postCount", "selection.postCount.vacancy-needs-least-one");
    }
    Vacancy vacancy = vacancies.save(new Vacancy(title.strip(), postCount.intValue(), closes, codes, notes,
        openedBy, processInstanceId));
    vacancy.assignReference(calendar.today().getYear());
    return vacancy;
  }

  private Set<String> schoolCodes(Collection<String> chosen) {
    if (chosen == null || chosen.isEmpty()) {
      throw InvalidInputException.of("schoolCodes", "selection.schoolCodes.least-one-school-required");
    }
    Set<String> codes = new LinkedHashSet<>();
    for (String code : chosen) {
      codes.add(schools.require("schoolCodes", code).getCode());
    }
    return codes;
  }

  static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      throw InvalidInputException.of(field, "selection.date-required");
    }
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(field, "selection.date-yyyy-mm-dd", value);
    }
  }

  public Vacancy require(Long id) {
    return vacancies.findById(id).orElseThrow(() -> new IllegalStateException("vacancy " + id + " does not exist"));
  }

  /** The vacancy an officer quotes in an application; only open vacancies take applications. */
  public Vacancy forApplication(String reference) {
    if (reference == null || reference.isBlank()) {
      throw InvalidInputException.of("vacancyRef", "selection.vacancyRef.vacancy-reference-required");
    }
    Vacancy vacancy = vacancies.findByReferenceIgnoreCase(reference.strip())
        .orElseThrow(() -> InvalidInputException.of("vacancyRef", "selection.vacancyRef.vacancy", reference.strip()));
    if (!vacancy.acceptsApplications(calendar.today())) {
      throw InvalidInputException.of("vacancyRef", "selection.vacancyRef.vacancy-longer-takes-applications", vacancy.getReference());
    }
    return vacancy;
  }

  /** When the application period ends: the start of the day after the deadline, in the school calendar's zone. */
  public Date closingTime(Long vacancyId) {
    LocalDate after = require(vacancyId).getApplicationDeadline().plusDays(1);
    return Date.from(after.atStartOfDay(calendar.zone()).toInstant());
  }

  public void closeApplications(Long vacancyId) {
    require(vacancyId).closeApplications();
  }

  /**
   * The favourably recommended applicants the Chief may appoint: this vacancy's, then those still on
   * the eligibility list from earlier vacancies (seed 003 B.5; a favourable applicant stays listed).
   */
  public List<Application> candidates(Long vacancyId) {
    LocalDate today = calendar.today();
    List<Application> listed = new ArrayList<>(applications.findByStatusOrderByIdAsc(Application.Status.ON_ELIGIBILITY_LIST));
    listed.removeIf(a -> a.getEligibleUntil() != null && a.getEligibleUntil().isBefore(today));
    listed.sort(Comparator.comparing((Application a) -> !a.getVacancy().getId().equals(vacancyId))
        .thenComparing(Application::getId));
    return listed;
  }

  public List<Application> applicationsOf(Long vacancyId) {
    return applications.findByVacancyIdOrderByIdAsc(vacancyId);
  }

  /**
   * Records the Chief's appointments: one applicant per post (as many posts as there are
   * candidates), every school of the vacancy assigned to an appointee, each appointee assigned at
   * least one of the vacancy's schools. Puts each appointee on duty at their schools.
   *
   * @param fields the form field names of each choice, for error messages: {appointee, schools}
   */
  public List<Appointment> appoint(Long vacancyId, String chief, List<Choice> choices, List<String[]> fields) {
    Vacancy vacancy = require(vacancyId);
    List<Application> candidates = candidates(vacancyId);
    int required = Math.min(vacancy.getPostCount(), candidates.size());
    Set<Long> candidateIds = new HashSet<>();
    candidates.forEach(c -> candidateIds.add(c.getId()));
    Set<Long> chosen = new HashSet<>();
    Set<String> covered = new HashSet<>();
    for (int i = 0; i < choices.size(); i++) {
      Choice choice = choices.get(i);
      String appointeeField = fields.get(i)[0];
      String schoolsField = fields.get(i)[1];
      if (i >= required) {
        if (choice.applicationId() != null) {
          throw InvalidInputException.of(appointeeField, "selection.vacancy-post-s-fill", required, (i + 1));
        }
        continue;
      }
      if (choice.applicationId() == null) {
        throw InvalidInputException.of(appointeeField, "selection.choose-applicant-appointed-post", (i + 1));
      }
      if (!candidateIds.contains(choice.applicationId())) {
        throw InvalidInputException.of(appointeeField, "selection.applicant-longer-eligibility-list");
      }
      if (!chosen.add(choice.applicationId())) {
        throw InvalidInputException.of(appointeeField, "selection.same-applicant-fill-two");
      }
      if (choice.schoolCodes().isEmpty()) {
        throw InvalidInputException.of(schoolsField, "selection.assign-least-one-school", (i + 1));
      }
      if (!vacancy.getSchoolCodes().containsAll(choice.schoolCodes())) {
        throw InvalidInputException.of(schoolsField, "selection.vacancy-s-schools-assigned");
      }
      covered.addAll(choice.schoolCodes());
    }
    if (!covered.containsAll(vacancy.getSchoolCodes())) {
      Set<String> missing = new LinkedHashSet<>(vacancy.getSchoolCodes());
      missing.removeAll(covered);
      throw InvalidInputException.of(fields.get(0)[1], "selection.every-school-vacancy-needs", String.join(", ", missing));
    }
    List<Appointment> made = new ArrayList<>();
    for (Choice choice : choices.subList(0, required)) {
      Application application = applications.findById(choice.applicationId()).orElseThrow();
      application.appoint();
      made.add(appointments.save(new Appointment(application.getId(), vacancyId, application.getApplicantUsername(),
          chief, choice.schoolCodes())));
      staffing.appoint(application.getApplicantUsername(), choice.schoolCodes(), chief);
    }
    vacancy.close(Vacancy.Status.FILLED);
    return made;
  }

  /**
   * Opens the vacancy for applications again after the Chief appointed nobody: for as long as it was
   * first advertised (a week at least), counted from today.
   */
  public Vacancy reopen(Long vacancyId) {
    Vacancy vacancy = require(vacancyId);
    LocalDate opened = vacancy.getOpenedAt().atZone(calendar.zone()).toLocalDate();
    long days = Math.max(7, ChronoUnit.DAYS.between(opened, vacancy.getApplicationDeadline()));
    vacancy.reopen(calendar.today().plusDays(days));
    return vacancy;
  }

  public void closeUnfilled(Long vacancyId) {
    require(vacancyId).close(Vacancy.Status.CLOSED_UNFILLED);
  }

  public String schoolNames(Collection<String> codes) {
    return String.join(", ", codes.stream().map(schools::name).sorted().toList());
  }

  public String describe(Application a) {
    return people.displayName(a.getApplicantUsername()) + " (" + a.getVacancy().getReference() + ")";
  }
}
