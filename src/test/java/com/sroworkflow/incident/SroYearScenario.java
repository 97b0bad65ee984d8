package com.sroworkflow.incident;

import com.sroworkflow.figures.RecordCount;
import com.sroworkflow.figures.RecordFigures;
import com.sroworkflow.figures.RecordScope;
import com.sroworkflow.school.SchoolCalendar;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Drives the SRO's-year processes (incidents, abuse reports, interrogations) as the people who take their
 * steps, through the form service as Tasklist does, and removes their cases after each test.
 */
@Component
public class SroYearScenario {

  static final List<String> PROCESSES = List.of("schoolIncident", "childAbuseReport", "studentInterrogation",
      "threatAssessment");

  @Autowired public RuntimeService runtime;
  @Autowired public TaskService tasks;
  @Autowired public FormService forms;
  @Autowired public IdentityService identity;
  @Autowired public RepositoryService repository;
  @Autowired ProcessEngine engine;
  @Autowired List<RecordFigures> figures;
  @Autowired SchoolCalendar calendar;

  public void reset() {
    AbstractAssertions.init(engine);
    identity.clearAuthentication();
    for (String key : PROCESSES) {
      runtime.createProcessInstanceQuery().processDefinitionKey(key).list()
          .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test reset", true, true));
    }
  }

  public <T> T as(String user, Supplier<T> action) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
    identity.setAuthentication(user, groups, tenants);
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  public ProcessInstance start(String user, String key, Map<String, Object> variables) {
    String definition = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
        .singleResult().getId();
    return as(user, () -> forms.submitStartForm(definition, variables));
  }

  public Task task(ProcessInstance pi, String key) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  /** The task of a process the case called (the police report). */
  public Task calledTask(ProcessInstance pi, String key) {
    ProcessInstance called = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
    return called == null ? null
        : tasks.createTaskQuery().processInstanceId(called.getId()).taskDefinitionKey(key).singleResult();
  }

  /** A moment some minutes ago in school time, as Tasklist's date-time field submits it. */
  public String minutesAgo(int minutes) {
    return java.time.LocalDateTime.ofInstant(calendar.now(), calendar.zone()).minusMinutes(minutes)
        .withSecond(0).withNano(0).toString();
  }

  /** A count the monthly and quarterly reports collect from every capability: today, at the school, of the officer. */
  public long count(String officer, String school, String kind) {
    RecordScope scope = new RecordScope(officer, Set.of(school), calendar.today(), calendar.today());
    return figures.stream().flatMap(f -> f.count(scope).stream()).filter(c -> c.kind().equals(kind))
        .mapToLong(RecordCount::count).sum();
  }

  public void complete(String user, Task task, Map<String, Object> variables) {
    as(user, () -> {
      forms.submitTaskForm(task.getId(), variables);
      return null;
    });
  }
}
