package com.sroworkflow.casefile;

import com.sroworkflow.casefile.CaseListing.Filter;
import com.sroworkflow.casefile.CaseListing.Kind;
import com.sroworkflow.casefile.CaseListing.Row;
import com.sroworkflow.casefile.CaseListing.Sort;
import com.sroworkflow.identity.ProcessAccess;
import com.sroworkflow.security.Caller;
import com.sroworkflow.security.CurrentUser;
import com.sroworkflow.system.EngineClock;
import com.sroworkflow.system.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Service;

/**
 * The case lists and the student search (issue 17) over every kind of case the caller's role reads, at the
 * schools they act for. Each kind's records are read by its own {@link CaseListing} with the filters pushed
 * down to its indexes; what only the engine knows (the stage: open tasks; overdue; waiting on a timer) is read
 * for the whole page at once, and as a filter it becomes a set of case ids asked of the engine first. The
 * engine is read as the application: the case ids it is asked about are already the caller's.
 */
@Service
public class CaseFinder {

  public static final int MAX_PAGE_SIZE = 100;
  /** How deep the lists page: beyond this, narrow the filter. */
  static final int MAX_OFFSET = 10_000;
  private static final int ID_CHUNK = 500;
  /** The order kinds are shown in: the school's own cases first, the police records last. */
  private static final List<String> KIND_ORDER = List.of("threat", "referral", "police");

  private final List<CaseListing> listings;
  private final Map<String, List<String>> readers = new HashMap<>();
  private final CurrentUser user;
  private final TaskService tasks;
  private final ManagementService management;
  private final RepositoryService repository;
  private final Map<String, String> activityNames = new ConcurrentHashMap<>();

  CaseFinder(List<CaseListing> listings, List<ProcessAccess> access, CurrentUser user, TaskService tasks,
      ManagementService management, RepositoryService repository) {
    this.listings = listings.stream().sorted(Comparator.comparingInt(l -> {
      int at = KIND_ORDER.indexOf(l.kind().id());
      return at < 0 ? KIND_ORDER.size() : at;
    })).toList();
    access.forEach(a -> readers.put(a.processKey(), a.readers()));
    this.user = user;
    this.tasks = tasks;
    this.management = management;
    this.repository = repository;
  }

  /** What the lists ask: every field optional. */
  public record Query(String school, String kind, Boolean open, String classification, String stage,
      boolean overdue, boolean waiting, Sort sort, boolean descending, int page, int size) {}

  /**
   * One case in a list, with what the engine says of it now.
   *
   * @param stage   the open tasks' names, or what it waits for, or "Closed"
   * @param nextDue the earliest due date of an open task or timer
   */
  public record Line(Row row, String stage, boolean overdue, boolean waiting, Instant nextDue, List<String> assignees) {}

  public record Count(String kind, String label, long count) {}

  public record Result(List<Line> lines, long total, List<Count> counts, int page, int size) {

    public int pages() {
      return (int) Math.max(1, (total + size - 1) / size);
    }
  }

  /** The kinds of case the caller's role reads (a police record only for police roles). */
  public List<Kind> kinds(Caller caller) {
    return listings.stream().map(CaseListing::kind).filter(k -> reads(caller, k)).toList();
  }

  public boolean reads(Caller caller, Kind kind) {
    return readers.getOrDefault(kind.processKey(), List.of()).stream().anyMatch(caller::inGroup);
  }

  /** The schools the caller's lists cover: those they act for, or the one they asked for among them. */
  public List<String> schools(Caller caller, String school) {
    if (school == null || school.isBlank()) {
      return caller.tenantIds();
    }
    if (!caller.actsFor(school)) {
      throw InvalidInputException.of("school", "casefile.school.act-school", school);
    }
    return List.of(school);
  }

  public Result list(Caller caller, Query q) {
    if (q.page() < 0 || q.size() < 1 || q.size() > MAX_PAGE_SIZE) {
      throw InvalidInputException.of("size", "casefile.size.page-cases-page", MAX_PAGE_SIZE);
    }
    if ((long) q.page() * q.size() > MAX_OFFSET) {
      throw InvalidInputException.of("page", "casefile.page.first-cases-page-narrow", MAX_OFFSET);
    }
    List<String> schools = schools(caller, q.school());
    List<Kind> kinds = kinds(caller).stream().filter(k -> q.kind() == null || q.kind().equals(k.id())).toList();
    if (q.kind() != null && kinds.isEmpty()) {
      throw InvalidInputException.of("kind", "casefile.kind.kind-case", q.kind());
    }
    Set<String> ids = schools.isEmpty() ? Set.of() : engineFilter(schools, q);
    Filter filter = new Filter(schools, q.open(), q.classification(), ids, q.sort(), q.descending());
    int limit = (q.page() + 1) * q.size();
    List<Row> merged = new ArrayList<>();
    List<Count> counts = new ArrayList<>();
    long total = 0;
    for (CaseListing listing : listings) {
      if (!kinds.contains(listing.kind())) {
        continue;
      }
      CaseListing.Slice slice = schools.isEmpty() || ids != null && ids.isEmpty() ? new CaseListing.Slice(List.of(), 0)
          : listing.list(filter, limit);
      merged.addAll(slice.rows());
      counts.add(new Count(listing.kind().id(), listing.kind().label(), slice.total()));
      total += slice.total();
    }
    merged.sort(order(q.sort(), q.descending()));
    List<Row> page = merged.stream().skip((long) q.page() * q.size()).limit(q.size()).toList();
    return new Result(lines(page), total, counts, q.page(), q.size());
  }

  /** The open (and past) cases of a student across kinds and years at the caller's schools, newest first. */
  public List<Line> ofStudent(Caller caller, String districtStudentId) {
    List<Row> rows = new ArrayList<>();
    List<String> schools = caller.tenantIds();
    if (!schools.isEmpty()) {
      for (CaseListing listing : listings) {
        if (reads(caller, listing.kind())) {
          rows.addAll(listing.ofStudent(districtStudentId, schools));
        }
      }
    }
    rows.sort(order(Sort.OPENED, true));
    return lines(rows);
  }

  /** Students by district id (exact) or name (prefix; case and accents aside) at the caller's schools. */
  public List<CaseListing.Student> students(Caller caller, String text, int limit) {
    String query = text == null ? "" : text.strip();
    if (query.isEmpty() || query.length() > 100) {
      throw InvalidInputException.of("q", "casefile.q.search-district-student-id");
    }
    Map<String, CaseListing.Student> found = new LinkedHashMap<>();
    List<String> schools = caller.tenantIds();
    if (!schools.isEmpty()) {
      String key = StudentNames.key(query);
      for (CaseListing listing : listings) {
        if (reads(caller, listing.kind())) {
          for (CaseListing.Student s : listing.students(query, key, schools, limit)) {
            if (s.districtStudentId() != null) {
              found.putIfAbsent(s.districtStudentId() + "|" + s.school(), s);
            }
          }
        }
      }
    }
    return found.values().stream().sorted(Comparator.comparing((CaseListing.Student s) -> StudentNames.key(s.name()))
        .thenComparing(CaseListing.Student::districtStudentId)).limit(limit).toList();
  }

  /** The row of one case the caller may read (ReadableCases has said so), by its process. */
  public java.util.Optional<Line> line(Caller caller, String caseId, String processKey) {
    return listing(processKey).filter(l -> reads(caller, l.kind()))
        .flatMap(l -> l.rows(List.of(caseId)).stream().findFirst()).map(row -> lines(List.of(row)).get(0));
  }

  public java.util.Optional<CaseListing> listing(String processKey) {
    return listings.stream().filter(l -> l.kind().processKey().equals(processKey)).findFirst();
  }

  /** Every user task name of the case processes, for the stage filter. */
  public List<String> stages() {
    return user.withoutCaller(() -> {
      Set<String> names = new TreeSet<>();
      for (CaseListing listing : listings) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery()
            .processDefinitionKey(listing.kind().processKey()).latestVersion().list().stream().findFirst().orElse(null);
        if (definition != null) {
          BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
          model.getModelElementsByType(UserTask.class).forEach(t -> {
            if (t.getName() != null) {
              names.add(t.getName());
            }
          });
        }
      }
      return List.copyOf(names);
    });
  }

  /** The case ids the engine filters allow (stage, overdue, waiting), or null when none is asked for. */
  private Set<String> engineFilter(List<String> schools, Query q) {
    String[] tenants = schools.toArray(String[]::new);
    return user.withoutCaller(() -> {
      Set<String> ids = null;
      if (q.stage() != null && !q.stage().isBlank()) {
        ids = intersect(ids, taskCases(tasks.createTaskQuery().tenantIdIn(tenants).taskName(q.stage()).list()));
      }
      if (q.overdue()) {
        ids = intersect(ids, taskCases(tasks.createTaskQuery().tenantIdIn(tenants).dueBefore(Date.from(EngineClock.now()))
            .list()));
      }
      if (q.waiting()) {
        Set<String> timed = new HashSet<>();
        management.createJobQuery().timers().tenantIdIn(tenants).list()
            .forEach(j -> timed.add(j.getProcessInstanceId()));
        timed.removeAll(casesWithTasks(timed));
        ids = intersect(ids, timed);
      }
      return ids;
    });
  }

  private static Set<String> taskCases(List<Task> list) {
    Set<String> ids = new HashSet<>();
    list.forEach(t -> ids.add(t.getProcessInstanceId()));
    return ids;
  }

  private Set<String> casesWithTasks(Collection<String> caseIds) {
    Set<String> with = new HashSet<>();
    List<String> all = List.copyOf(caseIds);
    for (int from = 0; from < all.size(); from += ID_CHUNK) {
      String[] chunk = all.subList(from, Math.min(all.size(), from + ID_CHUNK)).toArray(String[]::new);
      tasks.createTaskQuery().processInstanceIdIn(chunk).list().forEach(t -> with.add(t.getProcessInstanceId()));
    }
    return with;
  }

  private static Set<String> intersect(Set<String> ids, Set<String> more) {
    if (ids == null) {
      return more;
    }
    ids.retainAll(more);
    return ids;
  }

  /** The rows with the engine's view of each: two queries for the whole page (open tasks, timers). */
  private List<Line> lines(List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Set<String> ids = new LinkedHashSet<>();
    rows.forEach(r -> ids.add(r.caseId()));
    return user.withoutCaller(() -> {
      Map<String, List<Task>> open = new HashMap<>();
      Map<String, List<Job>> timers = new HashMap<>();
      List<String> all = List.copyOf(ids);
      for (int from = 0; from < all.size(); from += ID_CHUNK) {
        List<String> chunk = all.subList(from, Math.min(all.size(), from + ID_CHUNK));
        tasks.createTaskQuery().processInstanceIdIn(chunk.toArray(String[]::new)).orderByDueDate().asc().list()
            .forEach(t -> open.computeIfAbsent(t.getProcessInstanceId(), k -> new ArrayList<>()).add(t));
        management.createJobQuery().processInstanceIds(new HashSet<>(chunk)).timers().orderByJobDuedate().asc().list()
            .forEach(j -> timers.computeIfAbsent(j.getProcessInstanceId(), k -> new ArrayList<>()).add(j));
      }
      Instant now = EngineClock.now();
      List<Line> lines = new ArrayList<>();
      for (Row row : rows) {
        List<Task> own = open.getOrDefault(row.caseId(), List.of());
        List<Job> timed = timers.getOrDefault(row.caseId(), List.of());
        boolean waiting = own.isEmpty() && !timed.isEmpty();
        String stage = !own.isEmpty() ? String.join("; ", own.stream().map(Task::getName).distinct().toList())
            : waiting ? "Waiting: " + activityName(timed.get(0)) : row.open() ? "In progress" : "Closed";
        boolean overdue = own.stream().anyMatch(t -> t.getDueDate() != null && t.getDueDate().toInstant().isBefore(now));
        Instant nextDue = own.stream().filter(t -> t.getDueDate() != null).map(t -> t.getDueDate().toInstant())
            .min(Comparator.naturalOrder()).orElse(timed.isEmpty() || timed.get(0).getDuedate() == null ? null
                : timed.get(0).getDuedate().toInstant());
        List<String> assignees = own.stream().map(Task::getAssignee).filter(a -> a != null).distinct().toList();
        lines.add(new Line(row, stage, overdue, waiting, nextDue, assignees));
      }
      return lines;
    });
  }

  /** The name of the event a timer belongs to, from the case's model ("Review due"). */
  String activityName(Job job) {
    if (job.getProcessDefinitionId() == null || job.getJobDefinitionId() == null) {
      return "a timer";
    }
    return activityNames.computeIfAbsent(job.getJobDefinitionId(), k -> {
      JobDefinition definition = management.createJobDefinitionQuery().jobDefinitionId(k).singleResult();
      ModelElementInstance element = definition == null ? null
          : repository.getBpmnModelInstance(job.getProcessDefinitionId()).getModelElementById(definition.getActivityId());
      String name = element instanceof FlowElement f ? f.getName() : null;
      return name == null || name.isBlank() ? "a timer" : name;
    });
  }

  private static Comparator<Row> order(Sort sort, boolean descending) {
    Comparator<Row> by = switch (sort) {
      case OPENED -> Comparator.comparing(Row::opened, Comparator.nullsFirst(Comparator.naturalOrder()));
      case STUDENT -> Comparator.comparing((Row r) -> r.studentName() == null ? "" : StudentNames.key(r.studentName()));
      case SCHOOL -> Comparator.comparing(Row::school);
    };
    by = descending ? by.reversed() : by;
    return by.thenComparing(Row::caseId);
  }
}
