package com.sroworkflow.referral;

import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
import com.sroworkflow.identity.People;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.system.NameTaskForCase;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Turns the start variables into a referral record, refusing what the start form cannot check, and
 * leaves the case variables the rest of the model and Tasklist need: ids, names to display, and a
 * case title that carries the student's initials only.
 */
@Component("registerReferral")
class RegisterReferral implements JavaDelegate {


  private final Referrals referrals;
  private final People people;
  private final Schools schools;
  private final SchoolCalendar calendar;

  RegisterReferral(Referrals referrals, People people, Schools schools, SchoolCalendar calendar) {
    this.calendar = calendar;
    this.referrals = referrals;
    this.people = people;
    this.schools = schools;
  }

  @Override
  public void execute(DelegateExecution execution) {
    NewReferral request = new NewReferral(
        SubmittedValues.text(execution, "schoolCode"),
        SubmittedValues.text(execution, "studentName"),
        SubmittedValues.text(execution, "studentGrade"),
        SubmittedValues.text(execution, "districtStudentId"),
        SubmittedValues.text(execution, "familyContactName"),
        SubmittedValues.text(execution, "familyContactRelationship"),
        SubmittedValues.text(execution, "familyContactPhone"),
        SubmittedValues.text(execution, "familyContactEmail"),
        SubmittedValues.text(execution, "familyLanguage"),
        SubmittedValues.flag(execution, "familyInterpreterNeeded"),
        SubmittedValues.text(execution, "agencyId"),
        SubmittedValues.text(execution, "purpose"),
        SubmittedValues.text(execution, "reason"),
        SubmittedValues.text(execution, "expectedOutcome"),
        SubmittedValues.text(execution, "referringUser"),
        threatCaseOf(execution));
    boolean calledFromCase = execution.getProcessInstance().getSuperExecution() != null;
    Referral referral = referrals.register(request, execution.getTenantId(), calledFromCase,
        execution.getProcessInstanceId());
    execution.setProcessBusinessKey("referral-" + referral.getId());
    CaseRecords.bind(execution, "referralId", referral.getId(), referral.getSchoolCode());
    execution.setVariable("caseTitle", referral.caseTitle());
    execution.setVariable("referringUser", referral.getReferredBy());
    execution.setVariable("referrerName", people.displayName(referral.getReferredBy()));
    execution.setVariable("schoolName", schools.name(referral.getSchoolCode()));
    execution.setVariable("referredOn", calendar.moment(referral.getReferredAt()));
    execution.setVariable(NameTaskForCase.SUBJECT, NameTaskForCase.studentShortName(referral.getStudentName())
        + ", " + schools.name(referral.getSchoolCode()));
    execution.setVariable("agencyId", referral.getAgency() == null ? null : referral.getAgency().getId());
    execution.setVariable("agencyName", referral.getAgency() == null ? null : referral.getAgency().getName());
  }

  /**
   * The threat case that asked for this referral: only a case's own, bound when it was reported
   * (a calling threat assessment), never an id a starter passed in.
   */
  private static Long threatCaseOf(DelegateExecution execution) {
    return CaseRecords.idIfAny(execution, "threatCaseId");
  }
}
