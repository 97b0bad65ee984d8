package com.sroworkflow.threat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Drives threat cases the way people do in Tasklist: each step as the user who takes it, with that
 * user's groups and schools. Remembers the cases it started so a test can remove what it left running.
 */
@Component
public class ThreatScenario {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;

  private final List<String> started = new ArrayList<>();

  public <T> T as(String user, Supplier<T> action) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(user).list().stream().map(Tenant::getId).toList();
    identity.setAuthentication(user, groups, tenants);
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  public ProcessInstance report(String user, Map<String, Object> variables) {
    ProcessInstance pi = as(user, () -> runtime.startProcessInstanceByKey("threatAssessment", variables));
    started.add(pi.getId());
    return pi;
  }

  /** A case the tip page starts: a system action, with no one signed in (the tenant comes from schoolCode). */
  public ProcessInstance reportAsSystem(Map<String, Object> variables) {
    identity.clearAuthentication();
    ProcessInstance pi = runtime.startProcessInstanceByKey("threatAssessment", variables);
    started.add(pi.getId());
    return pi;
  }

  public ProcessInstance startReview(String user, Map<String, Object> variables) {
    ProcessInstance pi = as(user, () -> runtime.startProcessInstanceByKey("threatCaseReview", variables));
    started.add(pi.getId());
    return pi;
  }

  /** Ends the cases this scenario started that are still running, with the referrals and reports they called. */
  public void removeStartedCases() {
    identity.clearAuthentication();
    for (String id : started) {
      if (runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
        runtime.deleteProcessInstance(id, "test cleanup", true, true);
      }
    }
    started.clear();
  }

  public Task task(ProcessInstance pi, String key) {
    List<Task> open = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
    assertThat(open).as("open task " + key).hasSize(1);
    return open.get(0);
  }

  public List<Task> tasks(ProcessInstance pi, String key) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
  }

  public void complete(String user, Task task, Map<String, Object> values) {
    as(user, () -> {
      tasks.complete(task.getId(), values);
      return null;
    });
  }

  public void complete(String user, ProcessInstance pi, String key, Map<String, Object> values) {
    complete(user, task(pi, key), values);
  }

  /** A process this case called: its police report or its mental-health referral. */
  public ProcessInstance called(ProcessInstance pi, String processKey) {
    ProcessInstance sub = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey(processKey).singleResult();
    assertThat(sub).as(processKey + " called by the case").isNotNull();
    return sub;
  }

  public Job job(ProcessInstance pi, String activityId) {
    List<Job> jobs = management.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).list();
    assertThat(jobs).as("job of " + activityId).hasSize(1);
    return jobs.get(0);
  }

  public void run(ProcessInstance pi, String activityId) {
    management.executeJob(job(pi, activityId).getId());
  }

  // The steps of a case, as the LHS team takes them.

  public void screenAsThreat(ProcessInstance pi) {
    complete("paula", pi, "ScreenReport", Map.of("screeningDecision", "THREAT",
        "screenedWith", ThreatTestData.list("sally")));
  }

  public void assess(ProcessInstance pi, Map<String, Object> answers) {
    complete("maria", pi, "AssessThreat", answers);
  }

  public void acceptClassification(ProcessInstance pi) {
    complete("paula", pi, "DecideClassification", Map.of("classificationChoice", "ACCEPT"));
  }

  /** The four protective actions; the SRO decides on a police report or on no action. */
  public void protect(ProcessInstance pi, boolean policeReport) {
    complete("maria", pi, "NotifyVictimParents", ThreatTestData.victimParentsTold("Dana and Lee M., Alex's parents"));
    complete("maria", pi, "NotifyStudentParents", ThreatTestData.told("Morgan Lee, Casey's mother"));
    complete("paula", pi, "AcknowledgeThreat", Map.of("schoolMeasures", "Suspended pending the assessment.",
        "acknowledgementComment", "Seen."));
    Map<String, Object> decision = new HashMap<>();
    decision.put("crimeOccurred", policeReport ? "YES" : "NO");
    decision.put("lawEnforcementAction", policeReport ? "POLICE_REPORT" : "NONE");
    decision.put("teamSummary", policeReport ? "A police report is filed; no arrest." : "No law-enforcement action.");
    complete("sally", pi, "DecideLawEnforcementAction", decision);
    if (policeReport) {
      ProcessInstance report = called(pi, "policeReport");
      complete("sally", report, "WritePoliceReport", Map.of("reportNumber", "2026-004417",
          "offense", "Threat to use a firearm", "reportDate", ThreatTestData.TODAY,
          "disposition", "REFERRED_TO_JUVENILE_JUSTICE",
          "narrative", "On 18 November at 08:40 the student told a classmate he would shoot him."));
    }
  }

  public static Map<String, Object> referralRequest() {
    Map<String, Object> v = new HashMap<>();
    v.put("agencyId", "riverbend-mental-health");
    v.put("referringSro", "sally");
    v.put("districtStudentId", "LHS-5520193");
    v.put("familyContactName", "Morgan Lee");
    v.put("familyContactRelationship", "Mother");
    v.put("familyContactPhone", "(555) 010-7788");
    v.put("familyInterpreterNeeded", false);
    v.put("purpose", "Mental-health evaluation for a threat assessment safety evaluation");
    v.put("reason", "Very serious substantive threat to shoot a classmate; access to a handgun at home.");
    v.put("expectedOutcome", "An evaluation with recommendations for the safety plan");
    return v;
  }

  /** The safety evaluation of a very serious threat, up to the written plan with its two actions. */
  public void evaluateSafety(ProcessInstance pi) {
    complete("sally", pi, "ConsultLawEnforcement", Map.of("consultedWith", "Juvenile unit, Det. Ruiz",
        "consultationSummary", "The father's handgun is now locked at the precinct; no prior police contacts."));
    complete("maria", pi, "PrepareMentalHealthReferral", referralRequest());
    Map<String, Object> plan = new HashMap<>();
    plan.put("planSummary", "Daily check-ins, searches, separate classes.");
    plan.putAll(ThreatTestData.action(1, "Daily check-in with the counselor", "maria", "2026-11-20"));
    plan.putAll(ThreatTestData.action(2, "Search locker and backpack each morning", "sally", "2026-11-19"));
    complete("maria", pi, "WriteSafetyPlan", plan);
  }

  /** The safety plan of a serious threat: one action for Maria, done at once, so reviews decide what follows. */
  public void writeSafetyPlan(ProcessInstance pi) {
    Map<String, Object> plan = new HashMap<>();
    plan.put("planSummary", "A weekly check-in with the counselor.");
    plan.putAll(ThreatTestData.action(1, "Weekly check-in with the counselor", "maria", "2026-11-25"));
    complete("maria", pi, "WriteSafetyPlan", plan);
    complete("maria", task(pi, "CarryOutPlanAction"), Map.of("actionStatus", "DONE"));
  }

  /** The referral's own steps until it ends; the family declines, so it closes without a follow-up. */
  public void endReferral(ProcessInstance pi) {
    ProcessInstance referral = called(pi, "studentReferral");
    complete("sally", referral, "RecordConsent", Map.of("consentDecision", "REFUSED", "consentBy", "Morgan Lee"));
    complete("paula", referral, "AcknowledgeReferral", Map.of("acknowledgementComment", "Seen."));
  }
}
