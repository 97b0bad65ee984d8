package com.sroworkflow.dashboard;

import com.sroworkflow.identity.Roles;
import com.sroworkflow.school.School;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.security.Caller;
import com.sroworkflow.threat.LevelOfConcern;
import com.sroworkflow.threat.ThreatFigures;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Service;

/**
 * The live counts of the dashboard (issue 17.6), for each school the caller acts for (their tenants) and
 * only what they may read there: the engine's queries run as the caller (its authorizations and tenant
 * check decide), and the threat and referral records are counted only for a caller who reads those cases.
 * A fixed number of queries per school, whatever the number of cases: the open tasks come in one
 * history query for all the caller's schools.
 */
@Service
class Dashboard {

  static final String THREAT = "threatAssessment";
  static final String REFERRAL = "studentReferral";
  static final String POLICE_REPORT = "policeReport";
  private static final Set<String> CASE_PROCESSES = Set.of(THREAT, REFERRAL, POLICE_REPORT, "threatCaseReview");
  /** The steps that follow a case after its decision: safety-plan actions and reviews, referral follow-up. */
  private static final Set<String> MONITORING = Set.of("ReviewCase", "CarryOutPlanAction", "CarryOutAddedAction",
      "FollowUpReferral");
  private static final String ACKNOWLEDGE_REFERRAL = "AcknowledgeReferral";
  private static final Instant EVER = Instant.EPOCH;

  private final RuntimeService runtime;
  private final HistoryService history;
  private final AuthorizationService authorizations;
  private final ThreatFigures threats;
  private final Schools schools;
  private final SchoolCalendar calendar;

  Dashboard(RuntimeService runtime, HistoryService history, AuthorizationService authorizations,
      ThreatFigures threats, Schools schools, SchoolCalendar calendar) {
    this.runtime = runtime;
    this.history = history;
    this.authorizations = authorizations;
    this.threats = threats;
    this.schools = schools;
    this.calendar = calendar;
  }

  /** One school's figures; a list of counts is empty when the caller may not read that kind of case. */
  record SchoolFigures(String code, String name, Map<String, Long> openCasesByKind,
      Map<String, Long> threatsByClassification, Map<String, Long> openTasksByStage,
      long overdueTasks, long monitoringDueThisWeek, long referralsAwaitingAcknowledgementPastDue) {}

  record Figures(String asOf, List<SchoolFigures> schools) {}

  Figures of(Caller caller) {
    Instant now = calendar.now();
    Set<String> known = schools.all().stream().map(School::getCode).collect(Collectors.toSet());
    List<String> codes = caller.tenantIds().stream().filter(known::contains).sorted().toList();
    Map<String, List<HistoricTaskInstance>> openTasks = openTasksBySchool(codes);
    Instant endOfWeek = calendar.endOf(calendar.today().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
    boolean readsThreats = reads(caller, THREAT);
    boolean readsReferrals = reads(caller, REFERRAL);
    List<SchoolFigures> figures = new ArrayList<>();
    for (String code : codes) {
      Map<String, Long> byKind = new LinkedHashMap<>();
      if (readsThreats) {
        byKind.put("Threat assessments", openCases(THREAT, code));
      }
      if (readsReferrals) {
        byKind.put("Referrals", openCases(REFERRAL, code));
      }
      if (caller.inGroup(Roles.SRO) && reads(caller, POLICE_REPORT)) {
        byKind.put("Police reports", openCases(POLICE_REPORT, code));
      }
      List<HistoricTaskInstance> tasks = openTasks.getOrDefault(code, List.of());
      figures.add(new SchoolFigures(code, schools.name(code), byKind,
          readsThreats ? classification(code, now) : Map.of(), stages(tasks),
          tasks.stream().filter(t -> due(t) != null && due(t).isBefore(now)).count(),
          tasks.stream().filter(t -> MONITORING.contains(t.getTaskDefinitionKey()) && due(t) != null
              && !due(t).isBefore(now) && !due(t).isAfter(endOfWeek)).count(),
          readsReferrals ? tasks.stream().filter(t -> ACKNOWLEDGE_REFERRAL.equals(t.getTaskDefinitionKey())
              && due(t) != null && due(t).isBefore(now)).count() : 0));
    }
    return new Figures(calendar.moment(now), figures);
  }

  private boolean reads(Caller caller, String processKey) {
    return authorizations.isUserAuthorized(caller.userId(), caller.groupIds(),
        ProcessDefinitionPermissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, processKey);
  }

  /** As the caller: the engine counts only the cases they may read. */
  private long openCases(String processKey, String school) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(processKey).tenantIdIn(school).count();
  }

  /** Open threat cases (no outcome yet) by level of concern; "Not yet classified" before the decision. */
  private Map<String, Long> classification(String school, Instant now) {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("Not yet classified", 0L);
    for (LevelOfConcern level : LevelOfConcern.values()) {
      counts.put(level.label(), 0L);
    }
    threats.reportedAt(school, EVER, now).stream().filter(c -> c.outcome() == null)
        .forEach(c -> counts.merge(c.level() == null ? "Not yet classified" : c.level().label(), 1L, Long::sum));
    return counts;
  }

  /**
   * The open tasks of the caller's schools' cases, in one query as the caller: the engine returns those of
   * cases they may read (history permission on the process) in their schools (tenants).
   */
  private Map<String, List<HistoricTaskInstance>> openTasksBySchool(List<String> codes) {
    Map<String, List<HistoricTaskInstance>> bySchool = new LinkedHashMap<>();
    if (codes.isEmpty()) {
      return bySchool;
    }
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().unfinished()
        .tenantIdIn(codes.toArray(String[]::new)).list()) {
      if (CASE_PROCESSES.contains(task.getProcessDefinitionKey())) {
        bySchool.computeIfAbsent(task.getTenantId(), k -> new ArrayList<>()).add(task);
      }
    }
    return bySchool;
  }

  /** Open tasks by step, named as the model names it (a task's name adds the case after a colon). */
  private static Map<String, Long> stages(List<HistoricTaskInstance> tasks) {
    Map<String, Long> counts = new LinkedHashMap<>();
    tasks.stream().map(t -> step(t.getName())).sorted().forEach(s -> counts.merge(s, 1L, Long::sum));
    return counts;
  }

  private static String step(String taskName) {
    if (taskName == null) {
      return "Unnamed step";
    }
    int colon = taskName.indexOf(": ");
    return colon < 0 ? taskName : taskName.substring(0, colon);
  }

  private static Instant due(HistoricTaskInstance task) {
    Date due = task.getDueDate();
    return due == null ? null : due.toInstant();
  }
}
