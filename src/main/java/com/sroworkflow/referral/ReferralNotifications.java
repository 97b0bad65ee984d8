package com.sroworkflow.referral;

import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.notification.Notifications;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
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
 * The mails of a referral. They go to the people of the referral's school only: its principals, and
 * on escalation its district designees. Written in the step's transaction, delivered by the outbox.
 */
@Service
public class ReferralNotifications {

  private static final Logger LOG = LoggerFactory.getLogger(ReferralNotifications.class);
  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.US);

  private final Notifications notifications;
  private final People people;
  private final Schools schools;
  private final SchoolCalendar calendar;

  public ReferralNotifications(Notifications notifications, People people, Schools schools, SchoolCalendar calendar) {
    this.notifications = notifications;
    this.people = people;
    this.schools = schools;
    this.calendar = calendar;
  }

  /** Seed 003: the principal is told of a referral as soon as practicable; here, when their task is created. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void askPrincipalsToAcknowledge(Referral r, String taskId, Date due, String caseRef, String processInstanceId) {
    List<String> principals = people.membersAtSchool(Roles.PRINCIPAL, r.getSchoolCode());
    if (principals.isEmpty()) {
      LOG.warn("{} has no principal to notify of {}; it escalates to the district designee when due",
          r.getSchoolCode(), caseRef);
    }
    Agency agency = r.getAgency();
    for (String principal : principals) {
      notifications.send(principal, "Referral to acknowledge: " + r.caseTitle(),
          notifications.greeting(principal) + "\n\n"
              + people.displayName(r.getReferredBy()) + ", School Resource Officer, has referred a student of "
              + schools.name(r.getSchoolCode()) + " to a community agency.\n\n"
              + "Student: " + r.getStudentName() + ", grade " + r.getStudentGrade() + ", district student id "
              + r.getDistrictStudentId() + "\n"
              + "Agency: " + agency.getName() + " (" + agency.getServiceType().label()
              + (agency.contact().isEmpty() ? "" : "; " + agency.contact()) + ")\n"
              + "Purpose: " + r.getPurpose() + "\n\n"
              + "Nothing is shared with the agency before a parent or guardian consents.\n"
              + "Please acknowledge the referral in Tasklist by " + format(due)
              + "; after that it is escalated to the district's designee.",
          notifications.taskLink(taskId), caseRef, processInstanceId);
    }
  }

  /** The principal has let the deadline pass: the district's designees for the school are asked to step in. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void askDesigneesToFollowUp(Referral r, String taskId, Date due, String caseRef, String processInstanceId) {
    String school = schools.name(r.getSchoolCode());
    for (String designee : people.membersAtSchool(Roles.DISTRICT_ADMIN, r.getSchoolCode())) {
      notifications.send(designee, "Unacknowledged referral at " + school + ": " + r.caseTitle(),
          notifications.greeting(designee) + "\n\n"
              + "The principal of " + school + " has not acknowledged a referral that "
              + people.displayName(r.getReferredBy()) + " made to " + r.getAgency().getName()
              + " by its deadline, " + format(due) + ". The principal has been reminded.\n\n"
              + "The acknowledgement stays with the principal. Please see that it happens, and note in Tasklist what"
              + " you did.",
          notifications.taskLink(taskId), caseRef, processInstanceId);
    }
  }

  private String format(Date date) {
    return date == null ? "the deadline" : DUE.format(date.toInstant().atZone(calendar.zone()));
  }
}
