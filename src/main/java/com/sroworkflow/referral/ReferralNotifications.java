package com.sroworkflow.referral;

import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.notification.Notifications;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import java.util.Date;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mails of a referral. They go to the people of the referral's school only: its principals, and
 * on escalation its district designees. Written in the step's transaction, delivered by the outbox. A mail
 * names the school, the SRO, the agency and the referral's number: never the student or the purpose
 * (wording: messages.properties, mail.referral.*).
 */
@Service
class ReferralNotifications {

  private static final Logger LOG = LoggerFactory.getLogger(ReferralNotifications.class);

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
    for (String principal : principals) {
      notifications.send(principal, "referral.acknowledge", taskId, caseRef, processInstanceId,
          schools.name(r.getSchoolCode()), people.displayName(r.getReferredBy()), r.getAgency().getName(),
          String.valueOf(r.getId()), format(due));
    }
  }

  /** The principal has let the deadline pass: the district's designees for the school are asked to step in. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void askDesigneesToFollowUp(Referral r, String taskId, Date due, String caseRef, String processInstanceId) {
    for (String designee : people.membersAtSchool(Roles.DISTRICT_ADMIN, r.getSchoolCode())) {
      notifications.send(designee, "referral.follow-up", taskId, caseRef, processInstanceId,
          schools.name(r.getSchoolCode()), people.displayName(r.getReferredBy()), r.getAgency().getName(),
          String.valueOf(r.getId()), format(due));
    }
  }

  private String format(Date date) {
    return date == null ? "the deadline" : calendar.moment(date.toInstant());
  }
}
