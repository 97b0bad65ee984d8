package com.sroworkflow.threat;

import static com.sroworkflow.system.JsonVariables.json;

import com.sroworkflow.identity.People;
import com.sroworkflow.referral.AgencyDirectory;
import com.sroworkflow.referral.ReferralOutcome;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.system.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.US);

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
  private final ThreatDeadlines deadlines;

  public SafetyPlans(ThreatCases cases, ThreatReferralRequestRepository referralRequests, SafetyPlanRepository plans,
      SafetyPlanActionRepository actions, ThreatReviewRepository reviews, ThreatStaff staff, AgencyDirectory agencies,
      People people, Schools schools, SchoolCalendar calendar, ThreatDeadlines deadlines) {
    this.cases = cases;
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
      throw new InvalidInputException("referringSro",
          "Choose an SRO of " + schools.name(c.getSchoolCode()) + " to make the referral.");
    }
    if (in.familyContactPhone() == null && in.familyContactEmail() == null) {
      throw new InvalidInputException("familyContactPhone",
          "Give a phone number or an email address for the family contact.");
    }
    agencies.require("agencyId", in.agencyId());
    return referralRequests.save(new ThreatReferralRequest(caseId, in, cases.currentUser().orElse(null),
        ThreatCases.now()));
  }

  /** The referral the team asked for; the model passes its fields to {@code studentReferral}. */
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

  /** The written safety plan with its first actions (revision 1). */
  @Transactional(propagation = Propagation.MANDATORY)
  public int writePlan(Long caseId, String summary, List<Map<String, Object>> entries) {
    cases.require(caseId);
    int revision = addActions(caseId, entries, "planActions");
    plans.save(new SafetyPlan(caseId, summary, cases.currentUser().orElse(null), ThreatCases.now()));
    return revision;
  }

  /**
   * Adds actions to the plan, each with an owner at the school and a due date that has not passed.
   *
   * @param field the dynamic list the entries come from, to name a refused entry ({@code planActions[2].owner})
   * @return the revision the actions were added as
   */
  private int addActions(Long caseId, List<Map<String, Object>> entries, String field) {
    ThreatCase c = cases.require(caseId);
    if (entries.isEmpty()) {
      throw new InvalidInputException(field, "Write at least one action, with its owner and due date.");
    }
    int revision = actions.findByThreatCaseIdOrderByIdAsc(caseId).stream()
        .mapToInt(SafetyPlanAction::getRevision).max().orElse(0) + 1;
    List<String> owners = staff.staff(c.getSchoolCode());
    String by = cases.currentUser().orElse(null);
    for (int i = 0; i < entries.size(); i++) {
      Map<String, Object> e = entries.get(i);
      String at = field + "[" + (i + 1) + "].";
      String action = text(e, at, "action");
      if (action == null) {
        throw new InvalidInputException(at + "action", "Say what the action is.");
      }
      String owner = text(e, at, "owner");
      if (owner == null) {
        throw new InvalidInputException(at + "owner", "Give the action \"" + abbreviate(action) + "\" an owner.");
      }
      if (!owners.contains(owner)) {
        throw new InvalidInputException(at + "owner", "The owner must be on the staff of "
            + schools.name(c.getSchoolCode()) + " who work threat cases.");
      }
      LocalDate due = Inputs.date(at + "due", text(e, at, "due"));
      if (due == null) {
        throw new InvalidInputException(at + "due", "Give the action \"" + abbreviate(action) + "\" a due date.");
      }
      if (due.isBefore(calendar.today())) {
        throw new InvalidInputException(at + "due", "The due date cannot be in the past.");
      }
      actions.save(new SafetyPlanAction(caseId, revision, action, owner, due, by, ThreatCases.now()));
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
    return deadlines.endOfDay(action(actionId).getDueDate());
  }

  public String dueLabel(Long actionId) {
    return DAY.format(action(actionId).getDueDate());
  }

  /** The owner (or a team member) records the action done, or no longer needed and why. */
  @Transactional(propagation = Propagation.MANDATORY)
  public SafetyPlanAction completeAction(Long actionId, SafetyPlanAction.Status status, String note) {
    SafetyPlanAction action = action(actionId);
    if (status == null || status == SafetyPlanAction.Status.OPEN) {
      throw new InvalidInputException("actionStatus", "Say whether the action is done or no longer needed.");
    }
    if (status == SafetyPlanAction.Status.NOT_NEEDED && note == null) {
      throw new InvalidInputException("actionNote", "Say why the action is no longer needed.");
    }
    action.completed(status, note, cases.currentUser().orElse(null), ThreatCases.now());
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
      CaseOutcome outcome, String closingSummary, List<Map<String, Object>> newActions) {
    ThreatCase c = cases.require(caseId);
    Integer revision = null;
    if (decision == ThreatReview.Decision.CLOSE) {
      List<String> open = openItems(caseId);
      if (!open.isEmpty()) {
        throw new InvalidInputException("reviewDecision",
            "The case cannot close yet. Still open: " + String.join("; ", open) + ".");
      }
      if (outcome == null || !outcome.afterMonitoring()) {
        throw new InvalidInputException("caseOutcome", "Choose the outcome the case closes with.");
      }
      if (closingSummary == null) {
        throw new InvalidInputException("closingSummary", "Summarise why the case can close.");
      }
    } else if (decision == ThreatReview.Decision.REVISE_PLAN) {
      revision = addActions(caseId, newActions, "newPlanActions");
    }
    int number = reviews.findByThreatCaseIdOrderByReviewNumberAsc(caseId).size() + 1;
    reviews.save(new ThreatReview(caseId, number, concern, notes, decision, cases.currentUser().orElse(null),
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
            + ", due " + DAY.format(a.getDueDate()) + ")");
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
      row.put("due", DAY.format(a.getDueDate()));
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
      row.put("on", DAY.format(r.getReviewedAt().atZone(calendar.zone())));
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
                + DAY.format(r.getRequestedAt().atZone(calendar.zone())) + ")"
            : "Ended (referral " + r.getReferralId() + "): " + ReferralOutcome.valueOf(r.getReferralOutcome()).label())
        .orElse("None asked for");
  }

  private static String text(Map<String, Object> entry, String at, String key) {
    Object v = entry.get(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof String s)) {
      throw new InvalidInputException(at + key, key + " must be text.");
    }
    return s.isBlank() ? null : s.strip();
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
