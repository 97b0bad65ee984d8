package com.sroworkflow.selection;

import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.notification.Notifications;
import java.util.List;
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
    String to = a.getApplicantUsername();
    String subject;
    String body;
    switch (message) {
      case "nominated" -> {
        subject = "You have been nominated for SRO vacancy " + ref;
        body = people.displayName(a.getNominatedBy()) + " nominated you for the School Resource Officer vacancy "
            + ref + " (" + a.getVacancy().getTitle() + "). The assignment is voluntary: please confirm in Tasklist"
            + " whether you volunteer.";
      }
      case "nominationDeclined" -> {
        to = a.getNominatedBy();
        subject = people.displayName(a.getApplicantUsername()) + " does not volunteer for SRO vacancy " + ref;
        body = people.displayName(a.getApplicantUsername()) + " answered your nomination for vacancy " + ref
            + ": they do not volunteer for the SRO assignment. The nomination is closed.";
      }
      case "notEligible" -> {
        subject = "Your SRO application (" + ref + "): not eligible";
        String reasons = applications.findings(applicationId).stream().filter(f -> !f.isMet())
            .map(f -> "- " + f.getCriterion() + ": " + f.getReason()).collect(Collectors.joining("\n"));
        body = "Your application for SRO vacancy " + ref + " does not meet the eligibility requirements:\n"
            + reasons + "\n\nYour application is closed. HR can answer your questions.";
      }
      case "notRecommended" -> {
        subject = "Your SRO application (" + ref + "): not recommended";
        body = "Your supervisor did not recommend you for SRO vacancy " + ref
            + ". Your application is closed; your supervisor can discuss the recommendation with you.";
      }
      case "boardUnfavourable" -> {
        subject = "Your SRO application (" + ref + "): interview board result";
        body = "The interview board did not recommend you for SRO vacancy " + ref + ": " + a.getBoardReason()
            + ". Your application is closed.";
      }
      case "onEligibilityList" -> {
        subject = "Your SRO application (" + ref + "): favourably recommended";
        body = "The interview board recommended you favourably for the SRO assignment. Your name goes to the"
            + " Chief of Police, who appoints SROs from the list of favourably recommended officers. You stay on"
            + " that list until " + a.getEligibleUntil() + ".";
      }
      case "notChosen" -> {
        subject = "SRO vacancy " + detail + ": appointment made";
        body = "The Chief of Police has made the appointment for SRO vacancy " + detail + " and did not choose you"
            + " this time. You stay on the eligibility list until " + a.getEligibleUntil()
            + " and can be appointed to a later vacancy.";
      }
      case "appointed" -> {
        subject = "You are appointed School Resource Officer";
        body = "The Chief of Police appointed you School Resource Officer for " + detail + ". Your required"
            + " training and certification tasks are in Tasklist, each with its due date.";
      }
      case "eligibilityLapsed" -> {
        subject = "Your place on the SRO eligibility list has lapsed";
        body = "Your favourable recommendation for the SRO assignment (" + ref + ") has lapsed without an"
            + " appointment. You are welcome to apply for a new vacancy.";
      }
      default -> throw new IllegalArgumentException("unknown selection message " + message);
    }
    notifications.send(to, subject, notifications.greeting(to) + "\n\n" + body, null, "application-" + applicationId,
        processInstanceId);
  }

  void tellHr(String message, Long vacancyId, Long applicationId, String processInstanceId) {
    String subject;
    String body;
    switch (message) {
      case "withdrawn" -> {
        Application a = applications.require(applicationId);
        subject = "SRO application withdrawn: " + vacancies.describe(a);
        body = people.displayName(a.getApplicantUsername()) + " withdrew their application for SRO vacancy "
            + a.getVacancy().getReference() + ". " + a.getCloseReason() + ". Its open tasks have ended.";
      }
      case "vacancyFilled" -> {
        Vacancy v = vacancies.require(vacancyId);
        subject = "SRO vacancy " + v.getReference() + " filled";
        body = "The Chief of Police has appointed the SRO(s) for vacancy " + v.getReference() + " (" + v.getTitle()
            + "). The other candidates have been told.";
      }
      case "vacancyUnfilled" -> {
        Vacancy v = vacancies.require(vacancyId);
        subject = "SRO vacancy " + v.getReference() + " closed without candidates";
        body = "No favourably recommended applicant was available for vacancy " + v.getReference()
            + ". The vacancy is closed; open a new one to advertise again.";
      }
      default -> throw new IllegalArgumentException("unknown selection message " + message);
    }
    for (String hr : people.members(Roles.HR)) {
      notifications.send(hr, subject, notifications.greeting(hr) + "\n\n" + body, null,
          vacancyId != null ? "vacancy-" + vacancyId : "application-" + applicationId, processInstanceId);
    }
  }

  void announce(Vacancy v, String processInstanceId) {
    List<String> officers = people.members(Roles.OFFICER);
    for (String officer : officers) {
      notifications.send(officer, "SRO vacancy " + v.getReference() + ": " + v.getTitle(),
          notifications.greeting(officer) + "\n\nThe department is looking for a School Resource Officer for "
              + vacancies.schoolNames(v.getSchoolCodes()) + " (" + v.getPostCount() + " post(s)). Officers with at"
              + " least two years of full-time experience who volunteer can apply until " + v.getApplicationDeadline()
              + ": in Tasklist choose Start process, \"SRO application\", and quote vacancy " + v.getReference() + ".",
          null, "vacancy-" + v.getId(), processInstanceId);
    }
  }
}
