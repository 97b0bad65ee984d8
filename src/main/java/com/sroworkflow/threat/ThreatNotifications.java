package com.sroworkflow.threat;

import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.notification.Notifications;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import java.time.LocalDate;
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
 * SROs, the owner of a plan action, and the district's designees for the school. A mail says what
 * happened and what to do, with the school and the case number: never the student's name or the words
 * of the report, which stay in the case (wording: messages.properties, mail.threat.*).
 * Written in the step's transaction, delivered by the outbox.
 */
@Service
class ThreatNotifications {

  private static final Logger LOG = LoggerFactory.getLogger(ThreatNotifications.class);

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

  private String school(ThreatCase c) {
    return schools.name(c.getSchoolCode());
  }

  private static String number(ThreatCase c) {
    return String.valueOf(c.getId());
  }

  private static String lower(String label) {
    return label.toLowerCase(Locale.ROOT);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void imminentDangerToPrincipal(ThreatCase c, String principal, String processInstanceId) {
    notifications.send(principal, "threat.imminent-principal", null, c.reference(), processInstanceId, school(c),
        number(c));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void imminentDangerToDesignee(ThreatCase c, String designee, String processInstanceId) {
    notifications.send(designee, "threat.imminent-designee", null, c.reference(), processInstanceId, school(c),
        number(c));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void respondNow(ThreatCase c, String taskId, String processInstanceId) {
    for (String sro : sros(c)) {
      notifications.send(sro, "threat.respond-now", taskId, c.reference(), processInstanceId, school(c), number(c));
    }
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void screeningOverdue(ThreatCase c, String taskId, Date due, String processInstanceId) {
    for (String principal : principals(c)) {
      notifications.send(principal, "threat.screening-overdue", taskId, c.reference(), processInstanceId, school(c),
          number(c), format(due));
    }
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void substantiveThreatToPrincipal(ThreatCase c, String principal, String taskId, String processInstanceId) {
    notifications.send(principal, "threat.substantive-principal", taskId, c.reference(), processInstanceId, school(c),
        number(c), c.getClassification().label(), lower(c.getClassification().label()),
        lower(c.getLevelOfConcern().label()));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void substantiveThreatToDesignee(ThreatCase c, String designee, String processInstanceId) {
    notifications.send(designee, "threat.substantive-designee", null, c.reference(), processInstanceId, school(c),
        number(c), c.getClassification().label(), lower(c.getClassification().label()),
        lower(c.getLevelOfConcern().label()));
  }

  /** Every lowering of a very serious classification reaches the district designee (issue 15 item 5). */
  @Transactional(propagation = Propagation.MANDATORY)
  void loweredToDesignee(ThreatCase c, ThreatSignOff s, String designee, String processInstanceId) {
    notifications.send(designee, "threat.lowered-designee", null, c.reference(), processInstanceId, school(c),
        number(c), lower(s.getToClassification().label()), lower(s.getToLevel().label()),
        s.getSignedBy() == null ? "not recorded" : people.displayName(s.getSignedBy()));
  }

  /** The action's words stay in the task: they may name students. */
  @Transactional(propagation = Propagation.MANDATORY)
  void planActionAssigned(ThreatCase c, SafetyPlanAction a, String taskId, String processInstanceId) {
    notifications.send(a.getOwner(), "threat.plan-action", taskId, c.reference(), processInstanceId, school(c),
        number(c), format(a.getDueDate()));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void planActionOverdue(ThreatCase c, SafetyPlanAction a, String taskId, String processInstanceId) {
    notifications.send(a.getOwner(), "threat.plan-action-overdue", taskId, c.reference(), processInstanceId, school(c),
        number(c), format(a.getDueDate()));
  }

  /** The reason stays in the audit trail: it may name students. */
  @Transactional(propagation = Propagation.MANDATORY)
  void remarked(ThreatCase c, ThreatCaseRemark r, String processInstanceId) {
    for (String principal : principals(c)) {
      notifications.send(principal, "threat.remarked", null, c.reference(), processInstanceId, school(c), number(c),
          r.getRemarkedBy() == null ? "A review" : people.displayName(r.getRemarkedBy()), r.getFromMarking().label(),
          r.getToMarking().label());
    }
  }

  private String format(Date date) {
    return date == null ? "the deadline" : calendar.moment(date.toInstant());
  }

  private String format(LocalDate date) {
    return calendar.day(date);
  }
}
