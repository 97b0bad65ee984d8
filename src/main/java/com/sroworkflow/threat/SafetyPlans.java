package com.sroworkflow.threat;

import com.sroworkflow.security.CurrentUser;
import static com.sroworkflow.system.JsonVariables.json;

import com.sroworkflow.school.Deadlines;
import com.sroworkflow.identity.People;
import com.sroworkflow.referral.AgencyDirectory;
import com.sroworkflow.referral.ReferralOutcome;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.system.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The safety evaluation of a very serious threat and the monitoring of every substantive one: the
 * mental-health referral, the written safety plan and its actions (each with an owner and a due
 * date), and the team's follow-up reviews until it closes the case. A case does not close while an
 * action of its plan or its mental-health referral is still open.
 */
@Service("safetyPlans")
public class SafetyPlans {


  private final ThreatCases cases;
  private final ThreatReferralRequestRepository referralRequests;
  private final SafetyPlanRepository plans;
  private final SafetyPlanActionRepository actions;
  private final ThreatReviewRepository reviews;
  private final ThreatStaff staff;
  private final AgencyDirectory agencies;
  private final People people;
  private final Schools schools;
  private final SchoolCalendar calendar;
  private final Deadlines deadlines;
  private final CurrentUser user;

  public SafetyPlans(ThreatCases cases, ThreatReferralRequestRepository referralRequests, SafetyPlanRepository plans,
      SafetyPlanActionRepository actions, ThreatReviewRepository reviews, ThreatStaff staff, AgencyDirectory agencies,
      People people, Schools schools, SchoolCalendar calendar, Deadlines deadlines,
      CurrentUser user) {
    this.cases = cases;
    this.user = user;
    this.referralRequests = referralRequests;
    this.plans = plans;
    this.actions = actions;
    this.reviews = reviews;
    this.staff = staff;
    this.agencies = agencies;
    this.people = people;
    this.schools = schools;
    this.calendar = calendar;
    this.deadlines = deadlines;
  }

  /**
   * The mental-health evaluation: the referral the case starts (process {@code studentReferral}). It is
   * checked here as the referral will check it, so that a refusal names this form's field and not a
   * later step's: the referring SRO must be an SRO of the school, the family reachable, the agency known.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public ThreatReferralRequest requestReferral(Long caseId, ReferralRequestInput in) {
    ThreatCase c = cases.require(caseId);
    if (in.referringSro() == null || !staff.sros(c.getSchoolCode()).contains(in.referringSro())) {
      throw InvalidInputException.of("referringSro", "threat.referringSro.choose-sro-make-referral", schools.name(c.getSchoolCode()));
    }
    if (in.familyContactPhone() == null && in.familyContactEmail() == null) {
      throw InvalidInputException.of("familyContactPhone", "threat.familyContactPhone.give-phone-number-email");
    }
    agencies.require("agencyId", in.agencyId());
    return referralRequests.save(new ThreatReferralRequest(caseId, in, user.id().orElse(null),
        ThreatCases.now()));
  }

  /**
   * The referral the team asked for. Cases running on a model version that mapped its fields one by one
   * into {@code studentReferral} still call this from their model (docs/operations.md, upgrading: the code
   * keeps the beans older versions use); the current model passes the request's id.
   */
  public ThreatReferralRequest referralRequest(Long caseId) {
    return referralRequests.findByThreatCaseId(caseId)
        .orElseThrow(() -> new IllegalStateException("threat case " + caseId + " has asked for no referral"));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public ThreatReferralRequest referralEnded(Long caseId, Long referralId, String outcome) {
    ThreatReferralRequest request = referralRequest(caseId);
    request.ended(referralId, outcome, ThreatCases.now());
    return request;
  }

  /**
   * An action as the team wrote it in row {@code row} of a form: fields {@code action<row>},
   * {@code owner<row>} and {@code due<row>}, any of which may be missing.
   */
  public record NewAction(int row, String action, String owner, LocalDate due) {}

  /** The written safety plan with its first actions (revision 1). */
  @Transactional(propagation = Propagation.MANDATORY)
  public int writePlan(Long caseId, String summary, List<NewAction> newActions) {
    cases.require(caseId);
    int revision = addActions(caseId, newActions);
    plans.save(new SafetyPlan(caseId, summary, user.id().orElse(null), ThreatCases.now()));
    return revision;
  }

  /**
   * Adds actions to the plan, each with an owner at the school and a due date that has not passed.
   * A refusal names the field of the row ({@code owner2}).
   *
   * @return the revision the actions were added as
   */
  private int addActions(Long caseId, List<NewAction> newActions) {
    ThreatCase c = cases.require(caseId);
    if (newActions.isEmpty()) {
      throw InvalidInputException.of("action1", "threat.action1.write-least-one-action");
    }
    int revision = actions.findByThreatCaseIdOrderByIdAsc(caseId).stream()
        .mapToInt(SafetyPlanAction::getRevision).max().orElse(0) + 1;
    List<String> owners = staff.staff(c.getSchoolCode());
    String by = user.id().orElse(null);
    for (NewAction a : newActions) {
      if (a.action() == null) {
        throw InvalidInputException.of("action" + a.row(), "threat.say-what-action");
      }
      if (a.owner() == null) {
        throw InvalidInputException.of("owner" + a.row(), "threat.give-action-owner", abbreviate(a.action()));
      }
      if (!owners.contains(a.owner())) {
        throw InvalidInputException.of("owner" + a.row(), "threat.owner-staff-who-work", schools.name(c.getSchoolCode()));
      }
      if (a.due() == null) {
        throw InvalidInputException.of("due" + a.row(), "threat.give-action-due-date", abbreviate(a.action()));
      }
      if (a.due().isBefore(calendar.today())) {
        throw InvalidInputException.of("due" + a.row(), "threat.due-date-past");
      }
      actions.save(new SafetyPlanAction(caseId, revision, a.action(), a.owner(), a.due(), by, ThreatCases.now()));
    }
    return revision;
  }

  /** The actions of one revision of the plan, one task each. */
  public List<Long> actionIds(Long caseId, Integer revision) {
    return actions.findByThreatCaseIdAndRevisionOrderByIdAsc(caseId, revision).stream()
        .map(SafetyPlanAction::getId).toList();
  }

  public SafetyPlanAction action(Long actionId) {
    return actions.findById(actionId)
        .orElseThrow(() -> new IllegalStateException("safety plan action " + actionId + " does not exist"));
  }

  public String owner(Long actionId) {
    return action(actionId).getOwner();
  }

  public Date due(Long actionId) {
    return deadlines.endOfSchoolDay(action(actionId).getDueDate());
  }

  public String dueLabel(Long actionId) {
    return calendar.day(action(actionId).getDueDate());
  }

  /** The owner (or a team member) records the action done, or no longer needed and why. */
  @Transactional(propagation = Propagation.MANDATORY)
  public SafetyPlanAction completeAction(Long actionId, SafetyPlanAction.Status status, String note) {
    SafetyPlanAction action = action(actionId);
    if (status == null || status == SafetyPlanAction.Status.OPEN) {
      throw InvalidInputException.of("actionStatus", "threat.actionStatus.say-whether-action-done");
    }
    if (status == SafetyPlanAction.Status.NOT_NEEDED && note == null) {
      throw InvalidInputException.of("actionNote", "threat.actionNote.say-why-action-longer");
    }
    action.completed(status, note, user.id().orElse(null), ThreatCases.now());
    return action;
  }

  /**
   * A follow-up review. Closing needs the outcome and a summary, and nothing left open; revising the
   * plan needs at least one new action.
   *
   * @return the revision of the plan the review added, or null
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Integer review(Long caseId, String notes, LevelOfConcern concern, ThreatReview.Decision decision,
      CaseOutcome outcome, String closingSummary, List<NewAction> newActions) {
    ThreatCase c = cases.require(caseId);
    Integer revision = null;
    if (decision == ThreatReview.Decision.CLOSE) {
      List<String> open = openItems(caseId);
      if (!open.isEmpty()) {
        throw InvalidInputException.of("reviewDecision", "threat.reviewDecision.case-close-yet-still", String.join("; ", open));
      }
      if (outcome == null || !outcome.afterMonitoring()) {
        throw InvalidInputException.of("caseOutcome", "threat.caseOutcome.choose-outcome-case-closes");
      }
      if (closingSummary == null) {
        throw InvalidInputException.of("closingSummary", "threat.closingSummary.summarize-why-case-close");
      }
    } else if (decision == ThreatReview.Decision.REVISE_PLAN) {
      revision = addActions(caseId, newActions);
    }
    int number = reviews.findByThreatCaseIdOrderByReviewNumberAsc(caseId).size() + 1;
    reviews.save(new ThreatReview(caseId, number, concern, notes, decision, user.id().orElse(null),
        ThreatCases.now()));
    c.concernNow(concern);
    return revision;
  }

  /** What keeps a case from closing: open plan actions and a mental-health referral still running. */
  public List<String> openItems(Long caseId) {
    List<String> open = new ArrayList<>();
    for (SafetyPlanAction a : actions.findByThreatCaseIdOrderByIdAsc(caseId)) {
      if (a.getStatus() == SafetyPlanAction.Status.OPEN) {
        open.add("the plan action \"" + abbreviate(a.getAction()) + "\" (" + people.displayName(a.getOwner())
            + ", due " + calendar.day(a.getDueDate()) + ")");
      }
    }
    referralRequests.findByThreatCaseId(caseId).filter(ThreatReferralRequest::isOpen)
        .ifPresent(r -> open.add("the mental-health referral"));
    return open;
  }

  /** The plan's actions as a table for the team's forms. */
  public SpinJsonNode actionsTable(Long caseId) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (SafetyPlanAction a : actions.findByThreatCaseIdOrderByIdAsc(caseId)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("action", a.getAction());
      row.put("owner", people.displayName(a.getOwner()));
      row.put("due", calendar.day(a.getDueDate()));
      row.put("status", a.getStatus().label());
      rows.add(row);
    }
    return json(rows);
  }

  /** The reviews so far as a table for the team's forms. */
  public SpinJsonNode reviewsTable(Long caseId) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ThreatReview r : reviews.findByThreatCaseIdOrderByReviewNumberAsc(caseId)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("number", r.getReviewNumber());
      row.put("on", calendar.day(r.getReviewedAt()));
      row.put("by", r.getReviewedBy() == null ? "" : people.displayName(r.getReviewedBy()));
      row.put("concern", r.getConcernLevel().label());
      row.put("notes", r.getNotes());
      rows.add(row);
    }
    return json(rows);
  }

  /** Where the mental-health referral stands, in a sentence for the team's forms. */
  public String referralStatus(Long caseId) {
    return referralRequests.findByThreatCaseId(caseId)
        .map(r -> r.isOpen()
            ? "In progress with " + people.displayName(r.getReferringSro()) + " (asked for on "
                + calendar.day(r.getRequestedAt()) + ")"
            : "Ended (referral " + r.getReferralId() + "): " + ReferralOutcome.valueOf(r.getReferralOutcome()).label())
        .orElse("None asked for");
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
