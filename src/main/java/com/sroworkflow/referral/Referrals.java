package com.sroworkflow.referral;

import com.sroworkflow.security.Caller;
import com.sroworkflow.security.CurrentUser;
import com.sroworkflow.system.EngineClock;
import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.system.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a referral to a community agency (seed 003 III.A.2.f): who may refer, what consent
 * must say before anything goes to the agency, who acknowledges, and what the agency's answer must
 * contain. The {@code studentReferral} process calls these from its steps, inside the step's
 * transaction: a refused value rolls the whole step back.
 *
 * <h2>Starting a referral</h2>
 * From Tasklist's start form, through REST ({@code POST /engine-rest/process-definition/key/studentReferral/start})
 * or from another process with a call activity to {@code studentReferral}. All three are checked
 * alike: the start form's constraints first, then {@link #register}. Start variables:
 * <table>
 * <caption>start variables of studentReferral</caption>
 * <tr><th>name</th><th>type</th><th></th></tr>
 * <tr><td>{@code schoolCode}</td><td>String</td><td>required; the student's school, e.g. {@code LHS}. A called
 *     referral belongs to its caller's school and must name the same one.</td></tr>
 * <tr><td>{@code studentName}</td><td>String</td><td>required, at most 160 characters</td></tr>
 * <tr><td>{@code studentGrade}</td><td>String</td><td>required: {@code K} or {@code 1} … {@code 12}</td></tr>
 * <tr><td>{@code districtStudentId}</td><td>String</td><td>required, 1-32 letters, digits or hyphens</td></tr>
 * <tr><td>{@code familyContactName}</td><td>String</td><td>required, at most 160 characters</td></tr>
 * <tr><td>{@code familyContactRelationship}</td><td>String</td><td>required, at most 60 characters
 *     (mother, grandfather, legal guardian …)</td></tr>
 * <tr><td>{@code familyContactPhone}</td><td>String</td><td>phone or email required; digits, spaces and
 *     {@code + ( ) . -}, 7-25 characters</td></tr>
 * <tr><td>{@code familyContactEmail}</td><td>String</td><td>phone or email required</td></tr>
 * <tr><td>{@code familyLanguage}</td><td>String</td><td>optional, at most 60 characters</td></tr>
 * <tr><td>{@code familyInterpreterNeeded}</td><td>Boolean</td><td>optional, default false</td></tr>
 * <tr><td>{@code agencyId}</td><td>String</td><td>id of an active agency in the directory; when absent the
 *     SRO chooses the agency in Tasklist before the principal is notified</td></tr>
 * <tr><td>{@code purpose}</td><td>String</td><td>required, at most 2000 characters</td></tr>
 * <tr><td>{@code reason}</td><td>String</td><td>required, at most 4000 characters</td></tr>
 * <tr><td>{@code expectedOutcome}</td><td>String</td><td>required, at most 2000 characters</td></tr>
 * <tr><td>{@code referringUser}</td><td>String</td><td>the SRO who refers: a member of {@code sro} at the
 *     school. Required from a calling process; otherwise optional and, when given, must be the person
 *     starting the referral.</td></tr>
 * <tr><td>{@code threatCaseId}</td><td>Long</td><td>optional: the threat assessment case that asked for the
 *     referral, only as the calling case bound it (system.CaseRecords); any other id is refused</td></tr>
 * </table>
 * A calling case passes none of these itself: it keeps its request as a record of its own ({@link ReferralRequests})
 * and names {@code ${requestedReferral}} as its call activity's variable mapping ({@link RequestedReferral}), which
 * loads the request by id and sets these variables. The caller gets back {@code referralId} (Long); the outcome
 * is on the referral record ({@link #require}).
 */
@Service("referrals")
public class Referrals {

  private final ReferralRepository referrals;
  private final AgencyDirectory agencies;
  private final Schools schools;
  private final People people;
  private final SchoolCalendar calendar;
  private final CurrentUser user;

  public Referrals(ReferralRepository referrals, AgencyDirectory agencies, Schools schools, People people,
      SchoolCalendar calendar, CurrentUser user) {
    this.referrals = referrals;
    this.agencies = agencies;
    this.schools = schools;
    this.people = people;
    this.calendar = calendar;
    this.user = user;
  }

  /**
   * Registers a new referral after checking what no form can: that the school and the agency exist,
   * that the referrer is an SRO of that school, and that the family can be reached.
   *
   * @param caseSchool     the school (tenant) the process instance belongs to
   * @param calledFromCase whether another case started this referral through a call activity
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Referral register(NewReferral r, String caseSchool, boolean calledFromCase, String processInstanceId) {
    String school = schools.require("schoolCode", r.schoolCode()).getCode();
    if (caseSchool != null && !caseSchool.equals(school)) {
      throw InvalidInputException.of("schoolCode", "referral.schoolCode.referral-calling-case-s", caseSchool, school);
    }
    String referrer = referrer(r.referringUser(), calledFromCase);
    if (!people.membersAtSchool(Roles.SRO, school).contains(referrer)) {
      throw InvalidInputException.of("referringUser", "referral.referringUser.referring-user-school-resource", schools.name(school));
    }
    if (r.familyContactPhone() == null && r.familyContactEmail() == null) {
      throw InvalidInputException.of("familyContactPhone", "referral.familyContactPhone.give-phone-number-email");
    }
    Agency agency = r.agencyId() == null ? null : agencies.require("agencyId", r.agencyId());
    Referral referral = referrals.save(new Referral(r, referrer, agency, now()));
    referral.startedBy(processInstanceId);
    return referral;
  }

  /**
   * The referrer is the person who starts the referral; a calling case names its SRO instead, since
   * whoever completes the calling step (a principal, a counselor) is not the one who refers.
   */
  private String referrer(String named, boolean calledFromCase) {
    String current = user.id().orElse(null);
    if (calledFromCase || current == null) {
      if (named == null) {
        throw InvalidInputException.of("referringUser", "referral.referringUser.name-sro-who-makes");
      }
      return named;
    }
    if (named != null && !named.equals(current)) {
      throw InvalidInputException.of("referringUser", "referral.referringUser.make-referrals-own-name");
    }
    return current;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public Referral chooseAgency(Long referralId, Object agencyId) {
    Referral referral = require(referralId);
    referral.sendTo(agencies.require("agencyId", agencyId));
    return referral;
  }

  /**
   * Records the parent's or guardian's answer. Given consent says by whom, how, when and to what it
   * extends; a refusal says who refused; while the family has not decided, a note says what was tried.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Referral recordConsent(Long referralId, ConsentStatus decision, String by, ConsentMethod method,
      LocalDate date, String scope, String note) {
    Referral referral = require(referralId);
    String recorder = user.id().orElse(null);
    notInTheFuture("consentDate", "referral.consentDate.future", date);
    switch (decision) {
      case GIVEN -> {
        required("consentBy", by, "referral.say-which-parent-guardian");
        required("consentMethod", method, "referral.say-how-consent-given");
        required("consentDate", date, "referral.give-date-consent-given");
        required("consentScope", scope, "referral.say-what-family-agreed");
        referral.consentGiven(by, method, date, scope, note, recorder, now());
      }
      case REFUSED -> {
        required("consentBy", by, "referral.say-which-parent-guardian-2");
        referral.consentRefused(by, date, note, recorder, now());
      }
      case PENDING -> {
        required("consentNote", note, "referral.say-what-tried-reach");
        referral.consentPending(note, recorder, now());
      }
    }
    return referral;
  }

  /**
   * The principal's acknowledgement. It is the policy that a principal of the referral's school
   * acknowledges; nobody else may complete it in their place.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Referral acknowledge(Long referralId, String comment) {
    // locked: an escalation claimed meanwhile is seen (and its designee task ended), or waits and finds it done
    Referral referral = referrals.findLockedById(referralId)
        .orElseThrow(() -> new IllegalStateException("referral " + referralId + " does not exist"));
    // The groups and schools the person signed in with (issue 20: not a directory query per acknowledgement).
    Caller principal = user.caller().orElse(null);
    if (principal != null && !(principal.inGroup(Roles.PRINCIPAL) && principal.actsFor(referral.getSchoolCode()))) {
      throw InvalidInputException.of(null, "referral.principal-acknowledge-referral", schools.name(referral.getSchoolCode()));
    }
    referral.acknowledged(principal == null ? null : principal.userId(), comment, now());
    return referral;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public Referral escalate(Long referralId) {
    Referral referral = require(referralId);
    referral.escalated(now());
    return referral;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public Referral recordEscalationFollowUp(Long referralId, String note) {
    Referral referral = require(referralId);
    referral.escalationFollowedUp(user.id().orElse(null), note);
    return referral;
  }

  /**
   * Closes the loop with the agency: what it did with the referral and whether the family is now
   * linked to services. "Linked" needs the date of the first contact between agency and family.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Referral recordAgencyResponse(Long referralId, AgencyResponse response, String redirectedTo,
      LocalDate firstContact, ReferralOutcome status, String note) {
    Referral referral = require(referralId);
    if (response == AgencyResponse.DECLINED && status != ReferralOutcome.AGENCY_DECLINED) {
      throw InvalidInputException.of("referralStatus", "referral.referralStatus.agency-declined-status-agency");
    }
    if (status == ReferralOutcome.AGENCY_DECLINED && response != AgencyResponse.DECLINED) {
      throw InvalidInputException.of("agencyResponse", "referral.agencyResponse.status-says-agency-declined");
    }
    if (response == AgencyResponse.REDIRECTED) {
      required("redirectedTo", redirectedTo, "referral.say-which-provider-agency");
    }
    if (status == ReferralOutcome.LINKED) {
      required("firstContactDate", firstContact,
          "referral.give-date-first-contact");
    }
    notInTheFuture("firstContactDate", "referral.firstContactDate.future", firstContact);
    if (firstContact != null && firstContact.isBefore(referral.getReferredAt().atZone(calendar.zone()).toLocalDate())) {
      throw InvalidInputException.of("firstContactDate", "referral.firstContactDate.first-contact-before-referral");
    }
    referral.agencyAnswered(response, response == AgencyResponse.REDIRECTED ? redirectedTo : null, firstContact,
        status, note, user.id().orElse(null), now());
    return referral;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public Referral recordFollowUp(Long referralId, ReferralHelped helped, String note) {
    Referral referral = require(referralId);
    referral.followedUp(helped, note, user.id().orElse(null), now());
    return referral;
  }

  /**
   * Closes the referral with the outcome recorded along the way. The record is kept as long as the
   * case's history: {@code retention} after closing, then {@link ReferralRetention} removes it.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Referral close(Long referralId, Duration retention) {
    Referral referral = require(referralId);
    if (referral.getOutcome() == null) {
      throw new IllegalStateException("referral " + referralId + " cannot close without an outcome");
    }
    Instant now = now();
    referral.closed(now, now.plus(retention));
    return referral;
  }

  public Referral require(Long referralId) {
    return referrals.findById(referralId)
        .orElseThrow(() -> new IllegalStateException("referral " + referralId + " does not exist"));
  }

  /** The engine's clock, as the case's own timestamps and deadlines use it. */
  private static Instant now() {
    return EngineClock.now();
  }

  private void notInTheFuture(String field, String key, LocalDate date) {
    if (date != null && date.isAfter(calendar.today())) {
      throw InvalidInputException.of(field, key);
    }
  }

  private static void required(String field, Object value, String key) {
    if (value == null) {
      throw InvalidInputException.of(field, key);
    }
  }
}
