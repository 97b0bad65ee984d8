package com.sroworkflow.selection;

import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.notification.Notifications;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The mails of SRO selection: who is told what, at which step. */
@Component
class SelectionMessages {

  private final Notifications notifications;
  private final People people;
  private final Applications applications;
  private final Vacancies vacancies;

  SelectionMessages(Notifications notifications, People people, Applications applications, Vacancies vacancies) {
    this.notifications = notifications;
    this.people = people;
    this.applications = applications;
    this.vacancies = vacancies;
  }

  /** Tells the applicant (or, for a declined nomination, the supervisor) the outcome of a step. */
  void tellApplicant(String message, Long applicationId, String processInstanceId, String detail) {
    Application a = applications.require(applicationId);
    String ref = a.getVacancy().getReference();
    String to = "nominationDeclined".equals(message) ? a.getNominatedBy() : a.getApplicantUsername();
    String second = switch (message) {
      case "nominated" -> people.displayName(a.getNominatedBy());
      case "nominationDeclined" -> people.displayName(a.getApplicantUsername());
      case "notEligible" -> applications.findings(applicationId).stream().filter(f -> !f.isMet())
          .map(f -> "- " + f.getCriterion() + ": " + f.getReason()).collect(Collectors.joining("\n"));
      case "boardUnfavourable" -> a.getBoardReason();
      case "onEligibilityList", "notChosen", "eligibilityLapsed" -> String.valueOf(a.getEligibleUntil());
      case "notRecommended", "appointed" -> "";
      default -> throw new IllegalArgumentException("unknown selection message " + message);
    };
    notifications.send(to, "selection." + message, null, "application-" + applicationId, processInstanceId, ref,
        second, "nominated".equals(message) ? a.getVacancy().getTitle() : String.valueOf(detail));
  }

  void tellHr(String message, Long vacancyId, Long applicationId, String processInstanceId) {
    Object[] args = switch (message) {
      case "withdrawn" -> {
        Application a = applications.require(applicationId);
        yield new Object[] {vacancies.describe(a), people.displayName(a.getApplicantUsername()),
            a.getVacancy().getReference(), a.getCloseReason()};
      }
      case "vacancyFilled", "vacancyUnfilled" -> {
        Vacancy v = vacancies.require(vacancyId);
        yield new Object[] {v.getReference(), v.getTitle()};
      }
      default -> throw new IllegalArgumentException("unknown selection message " + message);
    };
    for (String hr : people.members(Roles.HR)) {
      notifications.send(hr, "selection." + message, null,
          vacancyId != null ? "vacancy-" + vacancyId : "application-" + applicationId, processInstanceId, args);
    }
  }

  void announce(Vacancy v, String processInstanceId) {
    for (String officer : people.members(Roles.OFFICER)) {
      notifications.send(officer, "selection.announce", null, "vacancy-" + v.getId(), processInstanceId,
          v.getReference(), v.getTitle(), vacancies.schoolNames(v.getSchoolCodes()), String.valueOf(v.getPostCount()),
          String.valueOf(v.getApplicationDeadline()));
    }
  }
}
