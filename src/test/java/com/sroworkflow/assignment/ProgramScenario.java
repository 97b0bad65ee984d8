package com.sroworkflow.assignment;

import com.sroworkflow.activity.ActivityRepository;
import com.sroworkflow.courseoutline.CourseOutlineRepository;
import com.sroworkflow.removal.SroRemovalRepository;
import com.sroworkflow.selection.Training;
import com.sroworkflow.selection.TrainingRepository;
import com.sroworkflow.school.SchoolCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
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
 * Puts the demo program back as each program test expects it (Sally at LHS, Steve at WMS, both
 * trained, Omar lapsed, no outlines, removals or activities) and drives steps as the people who
 * take them.
 */
@Component
public class ProgramScenario {

  static final List<String> PROCESSES = List.of("courseOutline", "sroRemoval", "sroActivity", "refresherTraining",
      "sroVacancy");

  @Autowired public RuntimeService runtime;
  @Autowired public TaskService tasks;
  @Autowired public FormService forms;
  @Autowired public IdentityService identity;
  @Autowired public SroAssignmentRepository assignments;
  @Autowired public CourseOutlineRepository outlines;
  @Autowired public SroRemovalRepository removals;
  @Autowired public ActivityRepository activities;
  @Autowired public TrainingRepository trainings;
  @Autowired public SchoolCalendar calendar;
  @Autowired ProcessEngine engine;

  public void reset() {
    // camunda-bpm-assert looks its engine up JVM-wide: with more than one application context in the test JVM
    // it must be told this context's engine, whichever test class ran before.
    AbstractAssertions.init(engine);
    identity.clearAuthentication();
    for (String key : PROCESSES) {
      runtime.createProcessInstanceQuery().processDefinitionKey(key).list()
          .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test reset", true, true));
    }
    assignments.deleteAll();
    outlines.deleteAll();
    removals.deleteAll();
    activities.deleteAll();
    LocalDate today = calendar.today();
    assignments.save(new SroAssignment("sally", "LHS", SroAssignment.Kind.ASSIGNED, today.minusMonths(6), "chief"));
    assignments.save(new SroAssignment("steve", "WMS", SroAssignment.Kind.ASSIGNED, today.minusMonths(6), "chief"));
    member("sally", "LHS", true);
    member("sally", "WMS", false);
    member("steve", "WMS", true);
    member("steve", "LHS", false);
    for (String other : List.of("omar", "olivia")) {
      member(other, "WMS", false);
      member(other, "LHS", false);
      for (String role : List.of("sro", "threatTeam")) {
        if (identity.createUserQuery().userId(other).memberOfGroup(role).count() > 0) {
          identity.deleteMembership(other, role);
        }
      }
    }
    for (String officer : List.of("sally", "steve", "omar")) {
      trainings.deleteAll(trainings.findByOfficerUsernameOrderByIdAsc(officer));
    }
    trained("sally", today.minusYears(1), today.plusYears(1));
    trained("steve", today.minusYears(1), today.plusYears(1));
    trained("omar", today.minusYears(4), today.minusYears(1));
  }

  /** Both required trainings of the officer, completed on one day and valid until another. */
  public void trained(String officer, LocalDate completed, LocalDate validUntil) {
    for (String[] kind : new String[][] {{"BASIC_SRO_COURSE", "Basic SRO course (40 hours)"},
        {"STATE_SRO_CERTIFICATION", "State SRO certification"}}) {
      Training t = new Training(officer, null, kind[0], kind[1], completed);
      t.complete(completed, "NASRO", BigDecimal.TEN, null, validUntil);
      trainings.save(t);
    }
  }

  public void lapse(String officer) {
    trainings.deleteAll(trainings.findByOfficerUsernameOrderByIdAsc(officer));
    LocalDate today = calendar.today();
    trained(officer, today.minusYears(4), today.minusDays(30));
  }

  private void member(String user, String tenant, boolean member) {
    boolean is = identity.createUserQuery().userId(user).memberOfTenant(tenant).count() > 0;
    if (member && !is) {
      identity.createTenantUserMembership(tenant, user);
    } else if (!member && is) {
      identity.deleteTenantUserMembership(tenant, user);
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
    return as(user, () -> forms.submitStartForm(definitions(key), variables));
  }

  @Autowired public org.camunda.bpm.engine.RepositoryService repository;

  private String definitions(String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId();
  }

  /** The case's open task of the step, or of a process it called (the SRO's part of a truancy case). */
  public Task task(ProcessInstance pi, String key) {
    Task own = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    if (own != null) {
      return own;
    }
    for (ProcessInstance called : runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).list()) {
      Task t = tasks.createTaskQuery().processInstanceId(called.getId()).taskDefinitionKey(key).singleResult();
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  public void complete(String user, Task task, Map<String, Object> variables) {
    as(user, () -> {
      forms.submitTaskForm(task.getId(), variables);
      return null;
    });
  }

  /** An assignment of a known past, ended on {@code to} when given. */
  public static SroAssignment assignment(String officer, String school, SroAssignment.Kind kind, String from,
      String to) {
    SroAssignment a = new SroAssignment(officer, school, kind, LocalDate.parse(from), "chief");
    if (to != null) {
      a.end(LocalDate.parse(to), "chief", "test", null);
    }
    return a;
  }

  public static Map<String, Object> outline(String school, String invitedBy) {
    return Map.of("outlineSchool", school, "outlineKind", "COURSE", "topic", "LAWS", "invitedBy", invitedBy,
        "outlineTitle", "Your rights and the law", "grades", "11-12", "sessions", 4L,
        "outlineText", "Four sessions on search and seizure, traffic stops, juvenile court and what the law asks "
            + "of students and officers; a mock hearing in the last session.");
  }
}
