package com.sroworkflow.threat;

import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.notification.Notifications;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mails of a threat case. They go to the people of the case's school only: its principals, its
 * SROs, the owner of a plan action, and the district's designees for the school. Mails to the
 * designee carry the case title, not the student's name: the designee is told, not on the team.
 * Written in the step's transaction, delivered by the outbox.
 */
@Service
class ThreatNotifications {

  private static final Logger LOG = LoggerFactory.getLogger(ThreatNotifications.class);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.US);

  private final Notifications notifications;
  private final People people;
  private final Schools schools;
  private final SchoolCalendar calendar;

  ThreatNotifications(Notifications notifications, People people, Schools schools, SchoolCalendar calendar) {
    this.notifications = notifications;
    this.people = people;
    this.schools = schools;
    this.calendar = calendar;
  }

  List<String> principals(ThreatCase c) {
    List<String> principals = people.membersAtSchool(Roles.PRINCIPAL, c.getSchoolCode());
    if (principals.isEmpty()) {
      LOG.warn("{} has no principal to tell of {}", c.getSchoolCode(), c.reference());
    }
    return principals;
  }

  List<String> designees(ThreatCase c) {
    return people.membersAtSchool(Roles.DISTRICT_ADMIN, c.getSchoolCode());
  }

  List<String> sros(ThreatCase c) {
    return people.membersAtSchool(Roles.SRO, c.getSchoolCode());
  }

  private String report(ThreatCase c) {
    return "Student of concern: " + (c.isStudentKnown() ? c.getStudentName() + ", grade " + c.getStudentGrade()
            : "not yet identified") + "\n"
        + "Threatened: " + (c.getTargets() == null ? "not said" : c.getTargets()) + "\n"
        + "Words or behaviour: " + c.getBehaviour() + "\n"
        + "Where: " + (c.getIncidentLocation() == null ? "not said" : c.getIncidentLocation()) + "\n"
        + "Weapon: " + c.getWeapon().label() + (c.getWeaponDetails() == null ? "" : ": " + c.getWeaponDetails());
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void imminentDangerToPrincipal(ThreatCase c, String principal, String processInstanceId) {
    notifications.send(principal, "Imminent danger reported at " + schools.name(c.getSchoolCode()) + ": "
            + c.caseTitle(),
        notifications.greeting(principal) + "\n\nA threat with a weapon or imminent danger has just been reported at "
            + schools.name(c.getSchoolCode()) + ". The school's SRO has a task to respond now: secure the student"
            + " and protect the people threatened.\n\n" + report(c) + "\n\nThe threat assessment continues once the"
            + " SRO has responded; the screening is due today.",
        null, c.reference(), processInstanceId);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void imminentDangerToDesignee(ThreatCase c, String designee, String processInstanceId) {
    notifications.send(designee, "Imminent danger reported at " + schools.name(c.getSchoolCode()),
        notifications.greeting(designee) + "\n\nA threat with a weapon or imminent danger has just been reported at "
            + schools.name(c.getSchoolCode()) + " (" + c.caseTitle() + "). The principal has been told and the"
            + " school's SRO is responding.",
        null, c.reference(), processInstanceId);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void respondNow(ThreatCase c, String taskId, String processInstanceId) {
    for (String sro : sros(c)) {
      notifications.send(sro, "Respond now: imminent danger at " + schools.name(c.getSchoolCode()),
          notifications.greeting(sro) + "\n\nA threat with a weapon or imminent danger has been reported. Respond now: secure"
              + " the student and protect the people threatened. Record what you did in Tasklist afterwards; the"
              + " paperwork never comes first.\n\n" + report(c),
          notifications.taskLink(taskId), c.reference(), processInstanceId);
    }
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void screeningOverdue(ThreatCase c, String taskId, Date due, String processInstanceId) {
    for (String principal : principals(c)) {
      notifications.send(principal, "Threat report not screened in time: " + c.caseTitle(),
          notifications.greeting(principal) + "\n\nA threat reported at " + schools.name(c.getSchoolCode())
              + " has not been screened by its deadline, " + format(due) + ". A report is screened the same school"
              + " day by the school administrator with the SRO or a mental-health professional. The threat team has"
              + " been reminded; please see that the screening happens, and note in Tasklist what you did.",
          notifications.taskLink(taskId), c.reference(), processInstanceId);
    }
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void substantiveThreatToPrincipal(ThreatCase c, String principal, String taskId, String processInstanceId) {
    notifications.send(principal, c.getClassification().label() + " threat at " + schools.name(c.getSchoolCode())
            + ": " + c.caseTitle(),
        notifications.greeting(principal) + "\n\nThe threat assessment team has classified a threat as "
            + c.getClassification().label().toLowerCase(Locale.ROOT) + ", level of concern "
            + c.getLevelOfConcern().label().toLowerCase(Locale.ROOT) + ".\n\n" + report(c)
            + "\n\nPlease acknowledge it in Tasklist. School discipline is the school's to decide; the SRO decides"
            + " on law-enforcement action only.",
        notifications.taskLink(taskId), c.reference(), processInstanceId);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void substantiveThreatToDesignee(ThreatCase c, String designee, String processInstanceId) {
    notifications.send(designee, c.getClassification().label() + " threat at " + schools.name(c.getSchoolCode()),
        notifications.greeting(designee) + "\n\nThe threat assessment team of " + schools.name(c.getSchoolCode())
            + " has classified a threat of violence as " + c.getClassification().label().toLowerCase(Locale.ROOT)
            + ", level of concern " + c.getLevelOfConcern().label().toLowerCase(Locale.ROOT) + " (" + c.caseTitle()
            + "). The principal has been told; the team is taking protective actions.",
        null, c.reference(), processInstanceId);
  }

  /** Every lowering of a very serious classification reaches the district designee (issue 15 item 5). */
  @Transactional(propagation = Propagation.MANDATORY)
  void loweredToDesignee(ThreatCase c, ThreatSignOff s, String designee, String processInstanceId) {
    notifications.send(designee, "Very serious threat classification lowered at " + schools.name(c.getSchoolCode()),
        notifications.greeting(designee) + "\n\nThe threat assessment team of " + schools.name(c.getSchoolCode())
            + " has lowered a threat the decision table classified as very serious to "
            + s.getToClassification().label().toLowerCase(Locale.ROOT) + ", level of concern "
            + s.getToLevel().label().toLowerCase(Locale.ROOT) + " (" + c.caseTitle() + "). "
            + (s.getSignedBy() == null ? "It was signed off" : people.displayName(s.getSignedBy()) + " signed it off")
            + "; the team's reason and the sign-off are in the case's audit trail.",
        null, c.reference(), processInstanceId);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void planActionAssigned(ThreatCase c, SafetyPlanAction a, String taskId, String processInstanceId) {
    notifications.send(a.getOwner(), "Safety plan action for you: " + c.caseTitle(),
        notifications.greeting(a.getOwner()) + "\n\nThe threat assessment team of " + schools.name(c.getSchoolCode())
            + " has given you an action of a safety plan, due " + format(a.getDueDate()) + ":\n\n" + a.getAction()
            + "\n\nPlease record in Tasklist when it is done.",
        notifications.taskLink(taskId), c.reference(), processInstanceId);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void planActionOverdue(ThreatCase c, SafetyPlanAction a, String taskId, String processInstanceId) {
    notifications.send(a.getOwner(), "Reminder: safety plan action overdue: " + c.caseTitle(),
        notifications.greeting(a.getOwner()) + "\n\nA safety plan action you own was due " + format(a.getDueDate())
            + " and is still open:\n\n" + a.getAction() + "\n\nThe case cannot close while it is open. Please"
            + " record in Tasklist when it is done, or why it is no longer needed.",
        notifications.taskLink(taskId), c.reference(), processInstanceId);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void remarked(ThreatCase c, ThreatCaseRemark r, String processInstanceId) {
    for (String principal : principals(c)) {
      notifications.send(principal, "Closed threat case re-marked: " + c.caseTitle(),
          notifications.greeting(principal) + "\n\n"
              + (r.getRemarkedBy() == null ? "A review" : people.displayName(r.getRemarkedBy())) + " has re-marked a"
              + " closed threat case of " + schools.name(c.getSchoolCode()) + " from " + r.getFromMarking().label()
              + " to " + r.getToMarking().label() + ".\n\nReason: " + r.getReason(),
          null, c.reference(), processInstanceId);
    }
  }

  private String format(Date date) {
    return date == null ? "the deadline" : WHEN.format(date.toInstant().atZone(calendar.zone()));
  }

  private static String format(LocalDate date) {
    return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.US).format(date);
  }
}
