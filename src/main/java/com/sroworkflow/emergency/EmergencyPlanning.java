package com.sroworkflow.emergency;

import static com.sroworkflow.system.JsonVariables.json;
import static com.sroworkflow.system.JsonVariables.option;

import com.sroworkflow.assignment.Assignments;
import com.sroworkflow.identity.People;
import com.sroworkflow.school.Deadlines;
import com.sroworkflow.school.School;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.InvalidInputException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each school's emergency planning over the school year: the yearly plan review with the SRO and the drills of
 * each term. {@link #openDue} runs every morning (bpmn/school-year.bpmn) and opens what is due and not yet
 * open: one row per school and year, or per school, kind and term, whose unique key makes a rerun open nothing
 * twice.
 */
@Service
@Transactional
public class EmergencyPlanning {

  static final String REVIEW = "emergencyPlanReview";
  static final String DRILL = "emergencyDrill";

  private final PlanReviewRepository reviews;
  private final DrillRepository drills;
  private final Schools schools;
  private final SchoolCalendar calendar;
  private final Deadlines deadlines;
  private final EmergencySettings settings;
  private final Assignments assignments;
  private final RuntimeService runtime;
  private final CaseRecords caseRecords;
  private final People people;

  EmergencyPlanning(PlanReviewRepository reviews, DrillRepository drills, Schools schools, SchoolCalendar calendar,
      Deadlines deadlines, EmergencySettings settings, Assignments assignments, RuntimeService runtime,
      CaseRecords caseRecords, People people) {
    this.reviews = reviews;
    this.drills = drills;
    this.schools = schools;
    this.calendar = calendar;
    this.deadlines = deadlines;
    this.settings = settings;
    this.assignments = assignments;
    this.runtime = runtime;
    this.caseRecords = caseRecords;
    this.people = people;
  }

  /** Opens this school year's plan reviews and this term's drills that are not open yet; returns how many. */
  public int openDue() {
    LocalDate today = calendar.today();
    if (!calendar.isSchoolDay(today)) {
      return 0;
    }
    int opened = 0;
    int year = settings.schoolYearOf(today);
    EmergencySettings.Dated term = settings.termOf(today).orElse(null);
    for (School school : schools.all()) {
      if (reviews.findBySchoolCodeAndSchoolYear(school.getCode(), year).isEmpty()) {
        PlanReview review = reviews.saveAndFlush(new PlanReview(school.getCode(), year, removeAfter(today)));
        Map<String, Object> v = variables(school);
        v.put("schoolYear", year + "-" + String.valueOf(year + 1).substring(2));
        v.put("sroOptions", json(sroOptions(school.getCode())));
        v.put("taskSubject", school.getName() + ", " + v.get("schoolYear") + " school year");
        review.started(start(REVIEW, "plan-review-" + school.getCode() + "-" + year, v, "planReviewId",
            review.getId()));
        opened++;
      }
      if (term == null) {
        continue;
      }
      for (Drill.Kind kind : settings.getDrills()) {
        if (drills.findBySchoolCodeAndKindAndTermStarts(school.getCode(), kind, term.starts()).isEmpty()) {
          Drill drill = drills.saveAndFlush(new Drill(school.getCode(), kind, term.name(), term.starts(), term.ends(),
              removeAfter(term.ends())));
          Map<String, Object> v = variables(school);
          v.put("drillKind", kind.label());
          v.put("termName", term.name());
          v.put("termDates", calendar.day(term.starts()) + " to " + calendar.day(term.ends()));
          v.put("taskSubject", kind.label() + ", " + term.name() + ", " + school.getName());
          drill.started(start(DRILL, "drill-" + school.getCode() + "-" + kind + "-" + term.starts(), v, "drillId",
              drill.getId()));
          opened++;
        }
      }
    }
    return opened;
  }

  private Map<String, Object> variables(School school) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("schoolCode", school.getCode());
    v.put("schoolName", school.getName());
    return v;
  }

  private String start(String process, String key, Map<String, Object> variables, String idVariable, Long id) {
    // the model's first step runs in a job of its own (asyncAfter), after the binding below
    variables.put(idVariable, id);
    ProcessInstance started = runtime.startProcessInstanceByKey(process, key, variables);
    caseRecords.bind(started, idVariable, id);
    return started.getId();
  }

  private List<Map<String, Object>> sroOptions(String school) {
    List<Map<String, Object>> options = new ArrayList<>();
    for (String sro : assignments.srosOf(school)) {
      options.add(option(people.displayName(sro), sro));
    }
    return options;
  }

  private java.time.Instant removeAfter(LocalDate from) {
    return from.plus(settings.getKeptFor()).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  void recordReview(Long id, LocalDate reviewedOn, String sro, String changes, String followUp, String by) {
    PlanReview review = reviews.findById(id).orElseThrow();
    LocalDate today = calendar.today();
    if (reviewedOn == null || reviewedOn.isAfter(today) || reviewedOn.isBefore(today.minusYears(1))) {
      throw InvalidInputException.of("reviewedOn", "emergency.reviewedOn.review-recorded-once-held");
    }
    if (sro == null || !assignments.srosOf(review.getSchoolCode()).contains(sro)) {
      throw InvalidInputException.of("reviewSro", "emergency.reviewSro.choose-school-s-sro");
    }
    review.reviewed(reviewedOn, sro, required("planChanges", "emergency.say-what-changed-plan", changes),
        required("reviewFollowUp", "emergency.list-follow-up-actions", followUp), by);
  }

  /** The principal's date for the drill: a school day of the term, today or later. */
  Date scheduleDrill(Long id, LocalDate on) {
    Drill drill = drills.findById(id).orElseThrow();
    if (on == null || on.isBefore(calendar.today()) || on.isBefore(drill.getTermStarts())
        || on.isAfter(drill.getTermEnds())) {
      throw InvalidInputException.of("drillDate", "emergency.drillDate.schedule-drill-day-today", drill.getTermName(), calendar.day(drill.getTermStarts()), calendar.day(drill.getTermEnds()));
    }
    if (!calendar.isSchoolDay(on)) {
      throw InvalidInputException.of("drillDate", "emergency.drillDate.school-day", calendar.day(on));
    }
    drill.scheduled(on);
    return deadlines.dueAfter(deadlines.endOfSchoolDay(on), "drillRecording");
  }

  /** The SRO's record: held (what was observed, the follow-up actions) or not held (why: it is scheduled again). */
  void recordDrill(Long id, String outcome, LocalDate heldOn, String observations, String followUp,
      String notHeldReason, String by) {
    Drill drill = drills.findById(id).orElseThrow();
    if ("NOT_HELD".equals(outcome)) {
      drill.notHeld(required("notHeldReason", "emergency.say-why-drill-held", notHeldReason), by);
      return;
    }
    if (!"HELD".equals(outcome)) {
      throw InvalidInputException.of("drillOutcome", "emergency.drillOutcome.say-whether-drill-held");
    }
    if (heldOn == null || heldOn.isAfter(calendar.today()) || heldOn.isBefore(drill.getTermStarts())) {
      throw InvalidInputException.of("heldOn", "emergency.heldOn.drill-recorded-once-held");
    }
    drill.held(heldOn, required("observations", "emergency.say-what-observed", observations),
        required("drillFollowUp", "emergency.list-follow-up-actions", followUp), by);
  }

  void escalated(Long reviewId, Long drillId) {
    if (reviewId != null) {
      reviews.findById(reviewId).ifPresent(PlanReview::escalated);
    }
    if (drillId != null) {
      drills.findById(drillId).ifPresent(Drill::escalated);
    }
  }

  /** The forms cap each text's length; the server checks it is there. */
  static String required(String field, String key, String value) {
    String v = value == null ? "" : value.strip();
    if (v.length() < 2) {
      throw InvalidInputException.of(field, key);
    }
    return v;
  }
}
