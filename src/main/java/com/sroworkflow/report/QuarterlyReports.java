package com.sroworkflow.report;

import com.sroworkflow.activity.Activity;
import com.sroworkflow.activity.ActivityFigures;
import com.sroworkflow.assignment.Assignments;
import com.sroworkflow.assignment.SroAssignment;
import com.sroworkflow.figures.RecordFigures;
import com.sroworkflow.figures.RecordScope;
import com.sroworkflow.figures.RecordTotals;
import com.sroworkflow.identity.People;
import com.sroworkflow.narrative.Narratives;
import com.sroworkflow.referral.ReferralFigures;
import com.sroworkflow.referral.ReferralOutcome;
import com.sroworkflow.referral.ServiceType;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.threat.CaseOutcome;
import com.sroworkflow.threat.LevelOfConcern;
import com.sroworkflow.threat.ThreatFigures;
import com.sroworkflow.training.TrainingCheck;
import com.sroworkflow.training.TrainingStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.threeten.extra.YearQuarter;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the quarterly report from each capability's figures: threat cases (by level of concern and
 * outcome) and referrals (by agency type and status, with acknowledgement times) of the schools an SRO
 * served while serving them, or of one school; the activity log; training status. The figures hold
 * counts, dates and types only: never a student's name.
 */
@Service
@Transactional(readOnly = true)
class QuarterlyReports {

  /** A stretch of days at one school: an assignment cut to the quarter, or the whole quarter. */
  private record Window(String school, Instant from, Instant to) {}

  private final ThreatFigures threats;
  private final ReferralFigures referrals;
  private final ActivityFigures activities;
  private final Assignments assignments;
  private final TrainingCheck training;
  private final Schools schools;
  private final People people;
  private final SchoolCalendar calendar;
  private final List<RecordFigures> recordFigures;
  private final Narratives narratives;

  QuarterlyReports(ThreatFigures threats, ReferralFigures referrals, ActivityFigures activities,
      Assignments assignments, TrainingCheck training, Schools schools, People people, SchoolCalendar calendar,
      List<RecordFigures> recordFigures, Narratives narratives) {
    this.threats = threats;
    this.referrals = referrals;
    this.activities = activities;
    this.assignments = assignments;
    this.training = training;
    this.schools = schools;
    this.people = people;
    this.calendar = calendar;
    this.recordFigures = recordFigures;
    this.narratives = narratives;
  }

  public QuarterlyReport forOfficer(String officer, YearQuarter quarter) {
    ZoneId zone = calendar.zone();
    List<Window> windows = new ArrayList<>();
    Set<String> served = new LinkedHashSet<>();
    for (SroAssignment a : assignments.ofOfficer(officer)) {
      if (a.overlaps(quarter.atDay(1), quarter.atEndOfQuarter())) {
        LocalDate from = a.getStartsOn().isAfter(quarter.atDay(1)) ? a.getStartsOn() : quarter.atDay(1);
        LocalDate to = a.getEndsOn() == null || a.getEndsOn().isAfter(quarter.atEndOfQuarter()) ? quarter.atEndOfQuarter() : a.getEndsOn();
        windows.add(new Window(a.getSchoolCode(), from.atStartOfDay(zone).toInstant(),
            to.plusDays(1).atStartOfDay(zone).toInstant()));
        served.add(schools.name(a.getSchoolCode()) + (a.getKind() == SroAssignment.Kind.ASSIGNED ? "" : " (cover)"));
      }
    }
    List<ThreatFigures.Reported> reported = new ArrayList<>();
    for (Window w : windows) {
      reported.addAll(threats.reportedAt(w.school(), w.from(), w.to()));
    }
    List<ReferralFigures.Referred> referred = referrals.referredBy(officer, start(quarter, zone), start(quarter.plusQuarters(1), zone));
    List<ActivityFigures.Logged> logged = activities.loggedBy(officer, quarter.atDay(1), quarter.atEndOfQuarter());
    List<QuarterlyReport.TrainingRow> rows = trainingRows(List.of(officer), quarter);
    Set<String> codes = new LinkedHashSet<>();
    windows.forEach(w -> codes.add(w.school()));
    return build("officer", officer, people.displayName(officer), quarter, List.copyOf(served), reported, referred,
        logged, rows, other(officer, codes, quarter), narrativeRows(List.of(officer), quarter));
  }

  public QuarterlyReport forSchool(String schoolCode, YearQuarter quarter) {
    ZoneId zone = calendar.zone();
    String code = schools.require("school", schoolCode).getCode();
    List<ThreatFigures.Reported> reported = threats.reportedAt(code, start(quarter, zone), start(quarter.plusQuarters(1), zone));
    List<ReferralFigures.Referred> referred = referrals.referredAt(code, start(quarter, zone), start(quarter.plusQuarters(1), zone));
    List<ActivityFigures.Logged> logged = activities.loggedAt(code, quarter.atDay(1), quarter.atEndOfQuarter());
    List<String> officers = sroOf(code, quarter);
    List<String> served = officers.stream().map(people::displayName).toList();
    return build("school", code, schools.name(code), quarter, served, reported, referred, logged,
        trainingRows(officers, quarter), other(null, Set.of(code), quarter), narrativeRows(officers, quarter));
  }

  /** The SROs who served the school at some time in the quarter. */
  public List<String> sroOf(String schoolCode, YearQuarter quarter) {
    return assignments.ofSchool(schoolCode).stream().filter(a -> a.overlaps(quarter.atDay(1), quarter.atEndOfQuarter()))
        .map(SroAssignment::getOfficerUsername).distinct().sorted().toList();
  }

  private QuarterlyReport build(String subject, String id, String name, YearQuarter quarter, List<String> served,
      List<ThreatFigures.Reported> threats, List<ReferralFigures.Referred> referrals,
      List<ActivityFigures.Logged> logged, List<QuarterlyReport.TrainingRow> rows, List<QuarterlyReport.Count> other,
      List<QuarterlyReport.NarrativeRow> narrativeRows) {
    Map<String, Long> byLevel = new LinkedHashMap<>();
    for (LevelOfConcern level : LevelOfConcern.values()) {
      byLevel.put(level.label(), 0L);
    }
    byLevel.put("Not yet classified", 0L);
    Map<String, Long> byOutcome = new LinkedHashMap<>();
    byOutcome.put("Open", 0L);
    for (CaseOutcome outcome : CaseOutcome.values()) {
      byOutcome.put(shortLabel(outcome), 0L);
    }
    for (ThreatFigures.Reported t : threats) {
      byLevel.merge(t.level() == null ? "Not yet classified" : t.level().label(), 1L, Long::sum);
      byOutcome.merge(t.outcome() == null ? "Open" : shortLabel(t.outcome()), 1L, Long::sum);
    }
    Map<String, Long> byType = new LinkedHashMap<>();
    for (ServiceType type : ServiceType.values()) {
      byType.put(type.label(), 0L);
    }
    byType.put("Agency not yet chosen", 0L);
    Map<String, Long> byStatus = new LinkedHashMap<>();
    byStatus.put("Open", 0L);
    for (ReferralOutcome outcome : ReferralOutcome.values()) {
      byStatus.put(outcome.label(), 0L);
    }
    List<Double> hours = new ArrayList<>();
    long waiting = 0;
    for (ReferralFigures.Referred r : referrals) {
      byType.merge(r.agencyType() == null ? "Agency not yet chosen" : r.agencyType().label(), 1L, Long::sum);
      byStatus.merge(r.outcome() == null ? "Open" : r.outcome().label(), 1L, Long::sum);
      if (r.acknowledgedAt() == null) {
        waiting++;
      } else {
        hours.add(Duration.between(r.referredAt(), r.acknowledgedAt()).toMinutes() / 60.0);
      }
    }
    hours.sort(Double::compare);
    Double median = hours.isEmpty() ? null : hours.size() % 2 == 1 ? hours.get(hours.size() / 2)
        : (hours.get(hours.size() / 2 - 1) + hours.get(hours.size() / 2)) / 2;
    Double longest = hours.isEmpty() ? null : hours.get(hours.size() - 1);
    Map<Activity.Kind, long[]> counts = new EnumMap<>(Activity.Kind.class);
    Map<Activity.Kind, Double> activityHours = new EnumMap<>(Activity.Kind.class);
    for (Activity.Kind kind : Activity.Kind.values()) {
      counts.put(kind, new long[2]);
      activityHours.put(kind, 0.0);
    }
    for (ActivityFigures.Logged a : logged) {
      counts.get(a.kind())[0]++;
      counts.get(a.kind())[1] += a.participants() == null ? 0 : a.participants();
      activityHours.merge(a.kind(), a.hours() == null ? 0.0 : a.hours().doubleValue(), Double::sum);
    }
    List<QuarterlyReport.ActivityCount> activityCounts = counts.entrySet().stream()
        .map(e -> new QuarterlyReport.ActivityCount(e.getKey().label(), e.getValue()[0],
            activityHours.get(e.getKey()), e.getValue()[1]))
        .toList();
    return new QuarterlyReport(subject, id, name, quarter, served, threats.size(), counts(byLevel),
        counts(byOutcome), referrals.size(), counts(byType), counts(byStatus),
        new QuarterlyReport.Acknowledgement(hours.size(), waiting, median, longest), activityCounts, rows, other,
        narrativeRows);
  }

  /**
   * Every capability's record counts for the quarter ({@link RecordFigures}: truancy, absences and cover,
   * narratives, and whatever other capability contributes), of the officer at the schools they served, or
   * of the school. An officer who served no school in the quarter has none.
   */
  private List<QuarterlyReport.Count> other(String officer, Set<String> schoolCodes, YearQuarter quarter) {
    if (schoolCodes.isEmpty()) {
      return List.of();
    }
    return RecordTotals.of(recordFigures, new RecordScope(officer, schoolCodes, quarter.atDay(1),
            quarter.atEndOfQuarter())).stream()
        .map(c -> new QuarterlyReport.Count(c.label(), c.count())).toList();
  }

  /** The quarter's monthly narratives of the officers: written and read, or not yet; never their words. */
  private List<QuarterlyReport.NarrativeRow> narrativeRows(List<String> officers, YearQuarter quarter) {
    if (officers.isEmpty()) {
      return List.of();
    }
    return narratives.statusOf(officers, java.time.YearMonth.from(quarter.atDay(1)),
            java.time.YearMonth.from(quarter.atEndOfQuarter())).stream()
        .map(n -> new QuarterlyReport.NarrativeRow(people.displayName(n.officer()), n.month(),
            n.submittedAt() == null ? "not yet" : calendar.day(n.submittedAt()),
            n.readAt() == null ? "not yet" : calendar.day(n.readAt())))
        .toList();
  }

  private List<QuarterlyReport.TrainingRow> trainingRows(List<String> officers, YearQuarter quarter) {
    LocalDate day = calendar.today().isBefore(quarter.atEndOfQuarter()) ? calendar.today() : quarter.atEndOfQuarter();
    List<QuarterlyReport.TrainingRow> rows = new ArrayList<>();
    for (String officer : officers) {
      for (TrainingStatus s : training.statusOn(officer, day)) {
        rows.add(new QuarterlyReport.TrainingRow(people.displayName(officer), s.title(), s.state().label(),
            s.reason()));
      }
    }
    return rows;
  }

  private static Instant start(YearQuarter quarter, ZoneId zone) {
    return quarter.atDay(1).atStartOfDay(zone).toInstant();
  }

  private static List<QuarterlyReport.Count> counts(Map<String, Long> map) {
    return map.entrySet().stream().map(e -> new QuarterlyReport.Count(e.getKey(), e.getValue())).toList();
  }

  private static String shortLabel(CaseOutcome outcome) {
    return switch (outcome) {
      case DISMISSED -> "Dismissed at screening";
      case TRANSIENT_RESOLVED -> "Transient, resolved";
      case RESOLVED -> "Concern resolved";
      case ONGOING_SUPPORT -> "Ongoing support";
      case STUDENT_LEFT -> "Student left the school";
    };
  }
}
