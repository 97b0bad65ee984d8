package com.sroworkflow.bench;

import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.system.JsonVariables;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Drives the referral and the threat assessment to their end through the engine's Java API, each step
 * as the person who takes it (authenticated, with their groups and schools, as Tasklist would), and a
 * bare baseline: processes with the same user tasks and timers and nothing else (no listeners, DMN,
 * mail, JPA, tenant) on the same engine and configuration.
 */
final class Throughput {

  /** The people of one school: each benchmark thread works one school, as two schools would. */
  record Staff(String school, String sro, String principal, String counselor) {}

  static final Staff LHS = new Staff("LHS", "sally", "paula", "maria");
  static final Staff WMS = new Staff("WMS", "steve", "peter", "peter");
  static final List<Staff> SCHOOLS = List.of(LHS, WMS);

  enum Kind {
    REFERRAL("referral", 4), BARE_REFERRAL("bare (referral shape)", 4),
    THREAT("threat assessment", 8), BARE_THREAT("bare (threat shape)", 8);

    final String label;
    final int userTasks;

    Kind(String label, int userTasks) {
      this.label = label;
      this.userTasks = userTasks;
    }
  }

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final ManagementService management;
  private final SchoolCalendar calendar;
  private final Map<String, List<String>> groups = new HashMap<>();
  private final Map<String, List<String>> tenants = new HashMap<>();
  final AtomicLong retries = new AtomicLong();

  Throughput(ConfigurableApplicationContext ctx) {
    ProcessEngine engine = ctx.getBean(ProcessEngine.class);
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    identity = engine.getIdentityService();
    management = engine.getManagementService();
    calendar = ctx.getBean(SchoolCalendar.class);
    for (Staff s : SCHOOLS) {
      for (String user : List.of(s.sro(), s.principal(), s.counselor())) {
        groups.put(user, identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
        tenants.put(user, identity.createTenantQuery().userMember(user).list().stream().map(Tenant::getId).toList());
      }
    }
    deployBareModels(engine.getRepositoryService(), engine.getAuthorizationService());
  }

  /** The bare baseline: the same user tasks, gateways and timers as the paths we drive, nothing else. */
  private static void deployBareModels(RepositoryService repository, AuthorizationService authorizations) {
    if (repository.createProcessDefinitionQuery().processDefinitionKey("benchBareReferral").count() > 0) {
      return;
    }
    BpmnModelInstance referral = Bpmn.createExecutableProcess("benchBareReferral").camundaHistoryTimeToLive(1825)
        .startEvent()
        .parallelGateway("fork")
        .userTask("AcknowledgeReferral").camundaCandidateGroups("principal")
        .parallelGateway("join")
        .endEvent()
        .moveToNode("fork")
        .userTask("RecordConsent").camundaAssignee("${referringUser}").camundaCandidateGroups("sro")
        .userTask("RecordAgencyResponse").camundaAssignee("${referringUser}").camundaCandidateGroups("sro")
        .intermediateCatchEvent("FollowUpDue").timerWithDuration("P30D")
        .userTask("FollowUpReferral").camundaAssignee("${referringUser}").camundaCandidateGroups("sro")
        .connectTo("join")
        .done();
    BpmnModelInstance threat = Bpmn.createExecutableProcess("benchBareThreat").camundaHistoryTimeToLive(2555)
        .startEvent()
        .userTask("ScreenReport").camundaCandidateGroups("principal")
        .userTask("AssessThreat").camundaCandidateGroups("threatTeam")
        .userTask("DecideClassification").camundaCandidateGroups("principal")
        .parallelGateway("fork")
        .userTask("NotifyVictimParents").camundaCandidateGroups("threatTeam")
        .parallelGateway("join")
        .intermediateCatchEvent("ReviewDue").timerWithDuration("P30D")
        .userTask("ReviewCase").camundaCandidateGroups("threatTeam")
        .endEvent()
        .moveToNode("fork").userTask("NotifyStudentParents").camundaCandidateGroups("threatTeam").connectTo("join")
        .moveToNode("fork").userTask("AcknowledgeThreat").camundaCandidateGroups("principal").connectTo("join")
        .moveToNode("fork").userTask("DecideLawEnforcementAction").camundaCandidateGroups("sro").connectTo("join")
        .done();
    repository.createDeployment().name("benchmark baseline")
        .addModelInstance("bench-bare-referral.bpmn", referral)
        .addModelInstance("bench-bare-threat.bpmn", threat)
        .deploy();
    for (String key : List.of("benchBareReferral", "benchBareThreat")) {
      for (String group : List.of("sro", "threatTeam", "principal")) {
        Authorization a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        a.setGroupId(group);
        a.setResource(Resources.PROCESS_DEFINITION);
        a.setResourceId(key);
        a.addPermission(ProcessDefinitionPermissions.READ);
        a.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
        authorizations.saveAuthorization(a);
      }
    }
    for (String group : List.of("sro", "threatTeam", "principal")) {
      if (authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.PROCESS_INSTANCE)
          .resourceId(Authorization.ANY).count() == 0) {
        Authorization a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        a.setGroupId(group);
        a.setResource(Resources.PROCESS_INSTANCE);
        a.setResourceId(Authorization.ANY);
        a.addPermission(Permissions.CREATE);
        authorizations.saveAuthorization(a);
      }
    }
  }

  // ---- one case of each kind, driven to its end

  void run(Kind kind, Staff s) {
    switch (kind) {
      case REFERRAL -> referral(s, "studentReferral");
      case BARE_REFERRAL -> referral(s, "benchBareReferral");
      case THREAT -> threat(s);
      case BARE_THREAT -> bareThreat(s);
    }
  }

  /** Acknowledged, consent given, linked to services, followed up: the referral's longest common path. */
  String referral(Staff s, String key) {
    String pi = startReferral(s, key);
    complete(s.principal(), pi, "AcknowledgeReferral", Map.of("acknowledgementComment", "Seen, thank you."));
    finishReferral(s, pi);
    return pi;
  }

  String startReferral(Staff s, String key) {
    Map<String, Object> v = key.equals("studentReferral") ? referralStart(s) : Map.of("referringUser", s.sro());
    return as(s.sro(), () -> runtime.startProcessInstanceByKey(key, v).getId());
  }

  void finishReferral(Staff s, String pi) {
    String today = calendar.today().toString();
    complete(s.sro(), pi, "RecordConsent", Map.of("consentDecision", "GIVEN", "consentBy", "Morgan Doe, mother",
        "consentMethod", "SIGNED_FORM", "consentDate", today,
        "consentScope", "Attendance record and this referral, to the agency only"));
    complete(s.sro(), pi, "RecordAgencyResponse", Map.of("agencyResponse", "ACCEPTED", "referralStatus", "LINKED",
        "firstContactDate", today));
    runTimer(pi, "FollowUpDue");
    complete(s.sro(), pi, "FollowUpReferral", Map.of("referralHelped", "YES", "followUpNote", "Back in class."));
    requireEnded(pi);
  }

  /** A serious substantive threat: screened, assessed, classified, the protective actions, one review, closed. */
  private void threat(Staff s) {
    String pi = as(s.counselor(), () -> runtime.startProcessInstanceByKey("threatAssessment", threatReport(s)).getId());
    complete(s.principal(), pi, "ScreenReport", Map.of("screeningDecision", "THREAT",
        "screenedWith", JsonVariables.json(List.of(s.sro()))));
    complete(s.counselor(), pi, "AssessThreat", Map.of("resolvedOnSpot", "NO", "violentThreat", "NO",
        "meansAccess", "NO", "hasPlan", "NO", "priorIncidents", "NO", "weaponSeen", "NO", "imminentDangerNow", "NO",
        "selfHarm", "NO", "assessmentNotes", "Interviewed the student, the target and two witnesses."));
    complete(s.principal(), pi, "DecideClassification", Map.of("classificationChoice", "ACCEPT"));
    complete(s.counselor(), pi, "NotifyVictimParents", Map.of("victimKind", "NONE",
        "noticeNote", "A threat to 'beat up somebody' with no one named."));
    String toldAt = LocalDateTime.now(calendar.zone()).minusMinutes(5).truncatedTo(ChronoUnit.MINUTES).toString();
    complete(s.counselor(), pi, "NotifyStudentParents", Map.of("toldWhom", "Morgan Lee, the student's mother",
        "toldAt", toldAt, "toldHow", "PHONE"));
    complete(s.principal(), pi, "AcknowledgeThreat", Map.of());
    complete(s.sro(), pi, "DecideLawEnforcementAction", Map.of("crimeOccurred", "NO",
        "lawEnforcementAction", "NONE", "teamSummary", "No law-enforcement action."));
    // A serious threat gets a safety plan; its one action is done before the review.
    complete(s.counselor(), pi, "WriteSafetyPlan", Map.of("planSummary", "A weekly check-in with the counselor.",
        "action1", "Weekly check-in with the counselor", "owner1", s.counselor(),
        "due1", calendar.today().plusDays(7).toString()));
    complete(s.counselor(), pi, "CarryOutPlanAction", Map.of("actionStatus", "DONE"));
    runTimer(pi, "ReviewDue");
    complete(s.counselor(), pi, "ReviewCase", Map.of("reviewNotes", "Calm; no new incidents.", "concernNow", "LOW",
        "reviewDecision", "CLOSE", "closingOutcome", "ONGOING_SUPPORT", "closingNote", "Counseling continues."));
    requireEnded(pi);
  }

  private void bareThreat(Staff s) {
    String pi = as(s.counselor(), () -> runtime.startProcessInstanceByKey("benchBareThreat").getId());
    complete(s.principal(), pi, "ScreenReport", Map.of("screeningDecision", "THREAT"));
    complete(s.counselor(), pi, "AssessThreat", Map.of("resolvedOnSpot", "NO"));
    complete(s.principal(), pi, "DecideClassification", Map.of("classificationChoice", "ACCEPT"));
    complete(s.counselor(), pi, "NotifyVictimParents", Map.of("noIdentifiableVictim", true));
    complete(s.counselor(), pi, "NotifyStudentParents", Map.of("toldHow", "PHONE"));
    complete(s.principal(), pi, "AcknowledgeThreat", Map.of());
    complete(s.sro(), pi, "DecideLawEnforcementAction", Map.of("lawEnforcementAction", "NONE"));
    runTimer(pi, "ReviewDue");
    complete(s.counselor(), pi, "ReviewCase", Map.of("reviewDecision", "CLOSE"));
    requireEnded(pi);
  }

  private Map<String, Object> referralStart(Staff s) {
    Map<String, Object> v = new HashMap<>();
    v.put("schoolCode", s.school());
    v.put("studentName", "Jordan Avery Doe");
    v.put("studentGrade", "9");
    v.put("districtStudentId", s.school() + "-4410027");
    v.put("familyContactName", "Morgan Doe");
    v.put("familyContactRelationship", "Mother");
    v.put("familyContactPhone", "(555) 010-2233");
    v.put("familyInterpreterNeeded", false);
    v.put("agencyId", "riverbend-mental-health");
    v.put("purpose", "Assessment and counselling for anxiety that keeps Jordan from attending class.");
    v.put("reason", "Jordan has missed 11 days this term and told me about panic attacks before school.");
    v.put("expectedOutcome", "Jordan sees a counsellor regularly and attends class again.");
    v.put("referringUser", s.sro());
    return v;
  }

  private Map<String, Object> threatReport(Staff s) {
    LocalDate today = calendar.today();
    Map<String, Object> v = new HashMap<>();
    v.put("schoolCode", s.school());
    v.put("studentName", "Casey Jordan Lee");
    v.put("studentGrade", "10");
    v.put("districtStudentId", s.school() + "-5520193");
    v.put("imminentDanger", "NO");
    v.put("threatTargets", "Somebody in class");
    v.put("threatBehaviour", "Said in the cafeteria he would beat somebody up after school.");
    v.put("incidentDate", today.toString());
    v.put("incidentTime", "00:01");
    v.put("incidentLocation", "Cafeteria");
    v.put("weapon", "NONE");
    v.put("reportSource", "STUDENT");
    v.put("sourceName", "Jamie R., a classmate");
    v.put("reportAnonymously", false);
    return v;
  }

  // ---- the driver's own steps

  <T> T as(String user, Callable<T> action) {
    identity.setAuthentication(user, groups.get(user), tenants.get(user));
    try {
      return action.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      identity.clearAuthentication();
    }
  }

  Task task(String pi, String key) {
    Task t = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).singleResult();
    if (t == null) {
      throw new IllegalStateException("no open task " + key + " in " + pi);
    }
    return t;
  }

  void complete(String user, String pi, String key, Map<String, Object> values) {
    String taskId = task(pi, key).getId();
    completeTask(user, taskId, values);
  }

  void completeTask(String user, String taskId, Map<String, Object> values) {
    for (int attempt = 1; ; attempt++) {
      try {
        as(user, () -> {
          tasks.complete(taskId, values);
          return null;
        });
        return;
      } catch (OptimisticLockingException e) {
        if (attempt == 5) {
          throw e;
        }
        retries.incrementAndGet();
      }
    }
  }

  private void runTimer(String pi, String activityId) {
    Job job = management.createJobQuery().processInstanceId(pi).activityId(activityId).singleResult();
    if (job == null) {
      throw new IllegalStateException("no timer " + activityId + " in " + pi);
    }
    management.executeJob(job.getId());
  }

  private void requireEnded(String pi) {
    if (runtime.createProcessInstanceQuery().processInstanceId(pi).count() != 0) {
      throw new IllegalStateException("case " + pi + " did not end");
    }
  }

  /**
   * Delivers every notification the cases queued: the driver runs the jobs itself (job executor off),
   * so the measured time holds their work and no idle wait of the job acquisition.
   */
  void drainJobs() {
    for (int round = 0; round < 1000; round++) {
      List<Job> jobs = management.createJobQuery().executable().listPage(0, 100);
      if (jobs.isEmpty()) {
        return;
      }
      for (Job job : jobs) {
        try {
          management.executeJob(job.getId());
        } catch (org.camunda.bpm.engine.ProcessEngineException e) {
          retries.incrementAndGet();
        }
      }
    }
    throw new IllegalStateException("jobs keep coming");
  }

  /**
   * Runs {@code perThread} cases of a kind on each of {@code threads} threads (thread i works school i)
   * and returns cases per second, counting until the queued notifications are delivered too.
   */
  double measure(Kind kind, int threads, int perThread) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<Void>> work = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Staff s = SCHOOLS.get(t);
        work.add(() -> {
          for (int i = 0; i < perThread; i++) {
            run(kind, s);
          }
          return null;
        });
      }
      long start = System.nanoTime();
      for (Future<Void> f : pool.invokeAll(work)) {
        f.get();
      }
      drainJobs();
      double seconds = (System.nanoTime() - start) / 1e9;
      return threads * perThread / seconds;
    } finally {
      pool.shutdownNow();
    }
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
