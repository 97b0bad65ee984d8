package com.sroworkflow.courseoutline;

import com.sroworkflow.assignment.Assignments;
import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.notification.Notifications;
import com.sroworkflow.school.School;
import com.sroworkflow.school.Schools;
import com.sroworkflow.system.EngineClock;
import com.sroworkflow.system.InvalidInputException;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of course outlines: an SRO of the school proposes one at the invitation of a principal
 * of the school, that principal agrees (or declines with a comment), the Chief approves or returns it
 * with comments, the SRO revises and resubmits or withdraws.
 */
@Service
@Transactional
class CourseOutlines {

  private final CourseOutlineRepository outlines;
  private final Schools schools;
  private final People people;
  private final Assignments assignments;
  private final Notifications notifications;
  private final CourseOutlineSettings settings;

  CourseOutlines(CourseOutlineRepository outlines, Schools schools, People people, Assignments assignments,
      Notifications notifications, CourseOutlineSettings settings) {
    this.outlines = outlines;
    this.schools = schools;
    this.people = people;
    this.assignments = assignments;
    this.notifications = notifications;
    this.settings = settings;
  }

  public CourseOutline submit(String processInstanceId, String sro, String schoolCode, String kind, String topic,
      String title, String grades, Number sessions, String outline, String invitedBy) {
    School school = schools.require("outlineSchool", schoolCode);
    if (sro == null || !assignments.srosOf(school.getCode()).contains(sro)) {
      throw InvalidInputException.of("outlineSchool", "courseoutline.outlineSchool.sro-assigned-submits-course", school.getName());
    }
    String principal = invitedBy == null ? "" : invitedBy.strip();
    if (!people.isMember(principal, Roles.PRINCIPAL) || !people.actsFor(principal, school.getCode())) {
      throw InvalidInputException.of("invitedBy", "courseoutline.invitedBy.name-principal-who-invited", school.getName());
    }
    CourseOutline.Kind k = parse(CourseOutline.Kind.class, "outlineKind", kind);
    CourseOutline.Topic t = parse(CourseOutline.Topic.class, "topic", topic);
    Content c = content(title, grades, sessions, outline);
    return outlines.save(new CourseOutline(processInstanceId, sro, school.getCode(), k, t, c.title, c.grades,
        c.sessions, c.outline, principal));
  }

  public CourseOutline principalDecides(Long id, String principal, String decision, String comment) {
    CourseOutline o = require(id);
    boolean agreed = decide("principalDecision", decision, "AGREE", "DECLINE");
    if (!agreed && blank(comment)) {
      throw InvalidInputException.of("principalComment", "courseoutline.principalComment.say-why-agree-sro");
    }
    o.principal(principal, agreed, strip(comment));
    return o;
  }

  public CourseOutline chiefDecides(Long id, String chief, String decision, String comment) {
    CourseOutline o = require(id);
    boolean approved = decide("chiefDecision", decision, "APPROVE", "RETURN");
    if (!approved && blank(comment)) {
      throw InvalidInputException.of("chiefComment", "courseoutline.chiefComment.comments-required-when-return");
    }
    o.chief(chief, approved, strip(comment), removeAfter());
    return o;
  }

  /** Returns whether the outline was resubmitted (else it is withdrawn). */
  public boolean revise(Long id, String decision, String title, String grades, Number sessions, String outline) {
    CourseOutline o = require(id);
    boolean resubmit = decide("reviseDecision", decision, "RESUBMIT", "WITHDRAW");
    if (resubmit) {
      Content c = content(title, grades, sessions, outline);
      o.revise(c.title, c.grades, c.sessions, c.outline);
    } else {
      o.withdraw(removeAfter());
    }
    return resubmit;
  }

  /** The SRO and the principal learn that the Chief approved the outline. */
  public void tellApproved(Long id) {
    CourseOutline o = require(id);
    for (String to : new String[] {o.getOfficerUsername(), o.getInvitedBy()}) {
      notifications.send(to, "outline.approved", null, "Outline " + o.getId(), o.getProcessInstanceId(), o.getTitle(),
          o.getKind() == CourseOutline.Kind.PROGRAM ? "program" : "course", o.getTopic().label(),
          schools.name(o.getSchoolCode()), blank(o.getChiefComment()) ? "." : ": " + o.getChiefComment());
    }
  }

  public CourseOutline require(Long id) {
    return outlines.findById(id).orElseThrow(() -> new IllegalStateException("course outline " + id + " does not exist"));
  }

  private Instant removeAfter() {
    return EngineClock.now().atZone(ZoneOffset.UTC).plus(settings.getOutlinesKeptFor()).toInstant();
  }

  private record Content(String title, String grades, int sessions, String outline) {}

  private static Content content(String title, String grades, Number sessions, String outline) {
    if (blank(title)) {
      throw InvalidInputException.of("outlineTitle", "courseoutline.outlineTitle.title-required");
    }
    if (blank(grades)) {
      throw InvalidInputException.of("grades", "courseoutline.grades.say-which-grades-course");
    }
    if (sessions == null || sessions.doubleValue() < 1 || sessions.doubleValue() > 60
        || sessions.doubleValue() != Math.floor(sessions.doubleValue())) {
      throw InvalidInputException.of("sessions", "courseoutline.sessions.number-sessions-whole-number");
    }
    if (outline == null || outline.strip().length() < 50) {
      throw InvalidInputException.of("outlineText", "courseoutline.outlineText.write-outline-least-characters");
    }
    return new Content(title.strip(), grades.strip(), sessions.intValue(), outline.strip());
  }

  private static boolean decide(String field, String value, String yes, String no) {
    if (yes.equals(value)) {
      return true;
    }
    if (no.equals(value)) {
      return false;
    }
    throw InvalidInputException.of(field, "courseoutline.choose-one-of", yes, no);
  }

  static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    try {
      return Enum.valueOf(type, value == null ? "" : value);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(field, "courseoutline.choose-one-listed-values");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String strip(String s) {
    return blank(s) ? null : s.strip();
  }
}
