package com.sroworkflow.absence;

import com.sroworkflow.system.EngineClock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import com.sroworkflow.system.EnginePlugin;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands a school's open SRO tasks from one SRO to another, never leaving one with nobody: every open task
 * of the school (of any process) that waits for the SRO, as its assignee or one of its candidate users,
 * goes to the other SRO, and the hand-over is recorded so an absence's tasks go back when it ends. Used by
 * an absence's cover (and handed back) and by a removal (for good).
 */
@Service
@Transactional
public class TaskHandovers {

  static final String ABSENCE = "ABSENCE";
  static final String REMOVAL = "REMOVAL";

  private final TaskService tasks;
  private final EnginePlugin engine;
  private final RepositoryService repository;
  private final TaskHandoverRepository handovers;
  private final AbsenceSettings settings;

  TaskHandovers(TaskService tasks, EnginePlugin engine, RepositoryService repository,
      TaskHandoverRepository handovers, AbsenceSettings settings) {
    this.tasks = tasks;
    this.engine = engine;
    this.repository = repository;
    this.handovers = handovers;
    this.settings = settings;
  }

  /** Hands the removed SRO's open tasks at the school to their successor (or the cover), for good. */
  public int handOverForGood(String from, String to, String schoolCode) {
    return handOver(from, to, schoolCode, null, REMOVAL);
  }

  int handOver(String from, String to, String schoolCode, Long absenceId, String reason) {
    return handOver(from, to, schoolCode, absenceId, reason, Set.of());
  }

  private int handOver(String from, String to, String schoolCode, Long absenceId, String reason, Set<String> skip) {
    return asProgram(() -> {
      Map<String, Task> open = new LinkedHashMap<>();
      // the SRO's own: assigned to them, or offered to them by name (the routing names a school's SROs)
      for (Task t : tasks.createTaskQuery().tenantIdIn(schoolCode).active().list()) {
        if (skip.contains(t.getId())) {
          continue;
        }
        if (from.equals(t.getAssignee()) || tasks.getIdentityLinksForTask(t.getId()).stream()
            .anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && from.equals(l.getUserId()))) {
          open.put(t.getId(), t);
        }
      }
      for (Task t : open.values()) {
        boolean assignee = from.equals(t.getAssignee());
        if (assignee) {
          tasks.setAssignee(t.getId(), to);
        }
        tasks.deleteCandidateUser(t.getId(), from);
        tasks.addCandidateUser(t.getId(), to);
        handovers.save(new TaskHandover(absenceId, reason, t.getId(), processKey(t), schoolCode, from, to, assignee,
            removeAfter()));
      }
      return open.size();
    });
  }

  /**
   * Hands an absence's tasks back to the SRO: those handed to the cover that are still open, and those
   * that reached the cover during the absence at a school the cover does not serve themselves. Idempotent.
   */
  int handBack(Long absenceId, String officer, String cover, String schoolCode, boolean coverServesSchool) {
    return asProgram(() -> {
      int back = 0;
      Set<String> handedBack = new HashSet<>();
      for (TaskHandover h : handovers.findByAbsenceId(absenceId)) {
        if (h.getHandedBackAt() != null) {
          continue;
        }
        Task t = tasks.createTaskQuery().taskId(h.getTaskId()).singleResult();
        if (t != null) {
          if (h.getToOfficer().equals(t.getAssignee())) {
            tasks.setAssignee(t.getId(), h.getFromOfficer());
          }
          if (!coverServesSchool) {
            tasks.deleteCandidateUser(t.getId(), h.getToOfficer());
          }
          tasks.addCandidateUser(t.getId(), h.getFromOfficer());
          handedBack.add(t.getId());
          back++;
        }
        h.handedBack();
      }
      if (!coverServesSchool) {
        // work that reached the cover while the SRO was away
        back += handOver(cover, officer, schoolCode, null, ABSENCE, handedBack);
      }
      return back;
    });
  }

  List<TaskHandover> ofAbsence(Long absenceId) {
    return handovers.findByAbsenceId(absenceId);
  }

  private String processKey(Task t) {
    return t.getProcessDefinitionId() == null ? null
        : repository.getProcessDefinition(t.getProcessDefinitionId()).getKey();
  }

  private Instant removeAfter() {
    Period kept = settings.getAbsencesKeptFor();
    return EngineClock.now().atZone(ZoneOffset.UTC).plus(kept).toInstant();
  }

  /**
   * Acts on the program's authority: the step runs as whoever completed the task before it (a Chief who is
   * no member of the school) or as the job executor; the tasks it moves are the school's.
   */
  private <T> T asProgram(Supplier<T> work) {
    return engine.runWithoutChecks(work);
  }
}
