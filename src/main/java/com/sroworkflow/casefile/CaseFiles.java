package com.sroworkflow.casefile;

import com.sroworkflow.audit.AuditEntry;
import com.sroworkflow.audit.CaseAudit;
import com.sroworkflow.casefile.CaseListing.Fact;
import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.security.Caller;
import com.sroworkflow.security.CurrentUser;
import com.sroworkflow.system.FormLabels;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * One case file (issue 17): the summary, the timeline, open tasks, upcoming timers, notes and the cases it
 * called or was called by, for a person who may read the case. Whether they may is {@link ReadableCases}'s
 * answer (the engine's authorizations and the school's tenant); a case of a kind their role does not read, or
 * one without a record of its own, is absent too. The page, the JSON API and the PDF all show this.
 */
@Service
public class CaseFiles {

  private final ReadableCases readable;
  private final CaseFinder finder;
  private final CaseAudit audit;
  private final CaseNotes notes;
  private final CurrentUser user;
  private final People people;
  private final Schools schools;
  private final SchoolCalendar calendar;
  private final FormLabels labels;
  private final HistoryService history;
  private final TaskService tasks;
  private final ManagementService management;

  CaseFiles(ReadableCases readable, CaseFinder finder, CaseAudit audit, CaseNotes notes, CurrentUser user,
      People people, Schools schools, SchoolCalendar calendar, FormLabels labels, HistoryService history,
      TaskService tasks, ManagementService management) {
    this.readable = readable;
    this.finder = finder;
    this.audit = audit;
    this.notes = notes;
    this.user = user;
    this.people = people;
    this.schools = schools;
    this.calendar = calendar;
    this.labels = labels;
    this.history = history;
    this.tasks = tasks;
    this.management = management;
  }

  /** What happened, in words: when, who (a name), what, and the value that matters. */
  public record Event(Instant at, String when, String who, String what, String detail) {}

  public record OpenTask(String name, String assignee, String waitingFor, Instant due, String dueText,
      boolean overdue) {}

  public record Timer(String name, Instant due, String dueText) {}

  public record Linked(String caseId, String label) {}

  public record NoteView(Long id, String author, Instant writtenAt, String when, String text) {}

  /**
   * The case file.
   *
   * @param links the further work on this kind of case ("documents", "transfer", "reassess"), each a page of
   *              its own under the case
   */
  public record CaseFile(CaseFinder.Line line, String schoolName, String process, String opened, String closed,
      List<Fact> facts, List<String> people, List<OpenTask> tasks, List<Timer> timers, List<Event> timeline,
      List<NoteView> notes, List<Linked> related, List<String> links, boolean police) {}

  /** The case as the caller may read it, or empty (then: 404). */
  public Optional<ReadableCases.CaseRef> find(Caller caller, String caseId) {
    return readable.find(caseId).filter(ref -> caller.actsFor(ref.school()))
        .filter(ref -> finder.line(caller, ref.caseId(), ref.processKey()).isPresent());
  }

  /**
   * The case file, or empty (then: 404). A case file the district designee opens is logged (who, when) in the case's
   * audit trail: the designee reads the schools' cases from outside their teams.
   */
  public Optional<CaseFile> file(Caller caller, String caseId) {
    Optional<ReadableCases.CaseRef> found = readable.find(caseId).filter(ref -> caller.actsFor(ref.school()));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ReadableCases.CaseRef ref = found.get();
    Optional<CaseFinder.Line> line = finder.line(caller, ref.caseId(), ref.processKey());
    CaseListing listing = finder.listing(ref.processKey()).orElse(null);
    if (line.isEmpty() || listing == null) {
      return Optional.empty();
    }
    if (caller.inGroup(Roles.DISTRICT_ADMIN) && !listing.kind().police()) {
      notes.viewedByDesignee(ref, caller.userId());
    }
    CaseAudit.Trail trail = audit.trail(ref.caseId());
    if (trail == null) {
      return Optional.empty();
    }
    List<Linked> related = related(ref);
    List<Fact> facts = new ArrayList<>(listing.facts(ref.caseId()));
    for (CaseListing.Kind kind : finder.kinds(caller)) {
      if (!kind.processKey().equals(ref.processKey())) {
        finder.listing(kind.processKey()).ifPresent(l -> facts.addAll(l.linkedTo(ref.caseId())));
      }
    }
    return Optional.of(user.withoutCaller(() -> {
      List<OpenTask> open = openTasks(ref.caseId());
      List<Timer> timers = timers(ref.caseId());
      Set<String> who = new LinkedHashSet<>();
      if (ref.startedBy() != null) {
        who.add(ref.startedBy());
      }
      for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery().processInstanceId(ref.caseId())
          .orderByHistoricActivityInstanceStartTime().asc().list()) {
        if (t.getAssignee() != null) {
          who.add(t.getAssignee());
        }
      }
      List<AuditEntry> entries = trail.entries();
      Set<String> everyone = new LinkedHashSet<>(who);
      entries.forEach(e -> everyone.add(e.user()));
      List<CaseNotes.Note> written = notes.of(ref.caseId());
      written.forEach(n -> everyone.add(n.author()));
      Map<String, String> names = people.displayNames(everyone);
      Map<String, String> fieldLabels = labels.of(ref.processDefinitionId());
      List<Event> timeline = new ArrayList<>();
      for (AuditEntry e : entries) {
        Event event = event(e, names, fieldLabels);
        if (event != null) {
          timeline.add(event);
        }
      }
      timeline.sort(Comparator.comparing(Event::at, Comparator.nullsLast(Comparator.naturalOrder())).reversed());
      List<NoteView> noteViews = written.stream().map(n -> new NoteView(n.id(), names.getOrDefault(n.author(),
          n.author()), n.writtenAt(), calendar.moment(n.writtenAt()), n.text())).toList();
      return new CaseFile(line.get(), schools.name(ref.school()), ref.processName(), calendar.moment(ref.started()),
          ref.ended() == null ? null : calendar.moment(ref.ended()), facts,
          who.stream().map(u -> names.getOrDefault(u, u)).toList(), open, timers, timeline, noteViews, related,
          listing.kind().links(), listing.kind().police());
    }));
  }

  /** The case that called this one, and the cases this one called, as far as the caller may read them. */
  private List<Linked> related(ReadableCases.CaseRef ref) {
    List<Linked> related = new ArrayList<>();
    if (ref.calledBy() != null) {
      readable.find(ref.calledBy()).ifPresent(r -> related.add(new Linked(r.caseId(), "Part of: " + r.processName())));
    }
    for (HistoricProcessInstance sub : history.createHistoricProcessInstanceQuery()
        .superProcessInstanceId(ref.caseId()).list()) {
      readable.find(sub.getId()).ifPresent(r -> related.add(new Linked(r.caseId(), "Started from it: "
          + r.processName())));
    }
    return related;
  }

  private List<OpenTask> openTasks(String caseId) {
    Map<String, List<String>> groups = new java.util.HashMap<>();
    List<Task> open = tasks.createTaskQuery().processInstanceId(caseId).orderByDueDate().asc().list();
    for (Task t : open) {
      if (t.getAssignee() == null) {
        groups.put(t.getId(), tasks.getIdentityLinksForTask(t.getId()).stream()
            .filter(l -> l.getGroupId() != null).map(IdentityLink::getGroupId).distinct().toList());
      }
    }
    Map<String, String> names = people.displayNames(open.stream().map(Task::getAssignee).toList());
    Instant now = calendar.now();
    return open.stream().map(t -> {
      Instant due = t.getDueDate() == null ? null : t.getDueDate().toInstant();
      return new OpenTask(t.getName(), t.getAssignee() == null ? null : names.get(t.getAssignee()),
          t.getAssignee() == null ? String.join(", ", groups.getOrDefault(t.getId(), List.of())) : null, due,
          due == null ? "no due date" : calendar.moment(due), due != null && due.isBefore(now));
    }).toList();
  }

  private List<Timer> timers(String caseId) {
    List<Timer> timers = new ArrayList<>();
    for (Job job : management.createJobQuery().processInstanceId(caseId).timers().orderByJobDuedate().asc().list()) {
      Date due = job.getDuedate();
      timers.add(new Timer(finder.activityName(job), due == null ? null : due.toInstant(),
          due == null ? "" : calendar.moment(due.toInstant())));
    }
    return timers;
  }

  /** An audit entry in words; values nobody entered through a form (ids, derived flags) are left out. */
  private Event event(AuditEntry e, Map<String, String> names, Map<String, String> fieldLabels) {
    String who = e.user() == null ? "The system" : names.getOrDefault(e.user(), e.user());
    String when = e.time() == null ? "" : calendar.moment(e.time());
    if ("Value set".equals(e.action())) {
      String label = fieldLabels.get(e.subject());
      if (label == null || e.detail() == null || e.detail().isBlank()) {
        return null;
      }
      return new Event(e.time(), when, who, "Entered " + label, value(e.detail()));
    }
    String what = switch (e.action()) {
      case "Started case" -> "Started the case";
      case "Case ended" -> "The case ended";
      case "Task created" -> "New task: " + e.subject();
      case "Task ended" -> "Task ended: " + e.subject();
      case "Completed task" -> "Completed: " + e.subject();
      case "Claimed task" -> "Took the task: " + e.subject();
      case "Assigned task" -> "Assigned the task: " + e.subject();
      case "Wrote a note", "Downloaded the case file for a records request" -> e.action();
      default -> e.action() + (e.subject() == null ? "" : ": " + e.subject());
    };
    String detail = switch (e.action()) {
      case "Started case", "Case ended" -> null;
      case "Task created" -> e.detail() == null ? null : e.detail().startsWith("due ")
          ? "due " + calendar.moment(Instant.parse(e.detail().substring(4))) : e.detail();
      case "Claimed task", "Assigned task", "Completed task" -> null;
      default -> e.detail();
    };
    return new Event(e.time(), when, who, what, detail);
  }

  private static String value(String raw) {
    return switch (raw) {
      case "true" -> "Yes";
      case "false" -> "No";
      default -> raw;
    };
  }
}
