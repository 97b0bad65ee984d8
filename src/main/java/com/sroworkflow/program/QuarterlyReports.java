package com.sroworkflow.program;

import com.sroworkflow.identity.People;
import com.sroworkflow.referral.ReferralOutcome;
import com.sroworkflow.referral.ServiceType;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.threat.CaseOutcome;
import com.sroworkflow.threat.LevelOfConcern;
import jakarta.persistence.EntityManager;
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
 * Computes the quarterly report from the database: threat cases (by level of concern and outcome) and
 * referrals (by agency type and status, with acknowledgement times) of the schools an SRO served while
 * serving them, or of one school; the activity log; training status. Queries read counts, dates and
 * types only: never a student's name.
 */
@Service
@Transactional(readOnly = true)
public class QuarterlyReports {

  /** A stretch of days at one school: an assignment cut to the quarter, or the whole quarter. */
  private record Window(String school, Instant from, Instant to) {}

  private final EntityManager em;
  private final Assignments assignments;
  private final TrainingCheck training;
  private final ActivityRepository activities;
  private final Schools schools;
  private final People people;
  private final SchoolCalendar calendar;

  QuarterlyReports(EntityManager em, Assignments assignments, TrainingCheck training, ActivityRepository activities,
      Schools schools, People people, SchoolCalendar calendar) {
    this.em = em;
    this.assignments = assignments;
    this.training = training;
    this.activities = activities;
    this.schools = schools;
    this.people = people;
    this.calendar = calendar;
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
        served.add(schools.name(a.getSchoolCode()) + (a.getKind() == SroAssignment.Kind.COVER ? " (cover)" : ""));
      }
    }
    List<Object[]> threats = new ArrayList<>();
    for (Window w : windows) {
      threats.addAll(em.createQuery("select c.levelOfConcern, c.outcome from ThreatCase c"
          + " where c.schoolCode = :school and c.reportedAt >= :from and c.reportedAt < :to", Object[].class)
          .setParameter("school", w.school()).setParameter("from", w.from()).setParameter("to", w.to())
          .getResultList());
    }
    List<Object[]> referrals = em.createQuery("select a.serviceType, r.outcome, r.referredAt, r.acknowledgedAt"
        + " from Referral r left join r.agency a where r.referredBy = :officer"
        + " and r.referredAt >= :from and r.referredAt < :to", Object[].class)
        .setParameter("officer", officer).setParameter("from", start(quarter, zone))
        .setParameter("to", start(quarter.plusQuarters(1), zone)).getResultList();
    List<Activity> logged = activities.findByOfficerUsernameAndOccurredOnBetween(officer, quarter.atDay(1),
        quarter.atEndOfQuarter());
    List<QuarterlyReport.TrainingRow> rows = trainingRows(List.of(officer), quarter);
    return build("officer", officer, people.displayName(officer), quarter, List.copyOf(served), threats, referrals,
        logged, rows);
  }

  public QuarterlyReport forSchool(String schoolCode, YearQuarter quarter) {
    ZoneId zone = calendar.zone();
    String code = schools.require("school", schoolCode).getCode();
    List<Object[]> threats = em.createQuery("select c.levelOfConcern, c.outcome from ThreatCase c"
        + " where c.schoolCode = :school and c.reportedAt >= :from and c.reportedAt < :to", Object[].class)
        .setParameter("school", code).setParameter("from", start(quarter, zone)).setParameter("to", start(quarter.plusQuarters(1), zone))
        .getResultList();
    List<Object[]> referrals = em.createQuery("select a.serviceType, r.outcome, r.referredAt, r.acknowledgedAt"
        + " from Referral r left join r.agency a where r.schoolCode = :school"
        + " and r.referredAt >= :from and r.referredAt < :to", Object[].class)
        .setParameter("school", code).setParameter("from", start(quarter, zone)).setParameter("to", start(quarter.plusQuarters(1), zone))
        .getResultList();
    List<Activity> logged = activities.findBySchoolCodeAndOccurredOnBetween(code, quarter.atDay(1), quarter.atEndOfQuarter());
    List<String> officers = sroOf(code, quarter);
    List<String> served = officers.stream().map(people::displayName).toList();
    return build("school", code, schools.name(code), quarter, served, threats, referrals, logged,
        trainingRows(officers, quarter));
  }

  /** The SROs who served the school at some time in the quarter. */
  public List<String> sroOf(String schoolCode, YearQuarter quarter) {
    return assignments.ofSchool(schoolCode).stream().filter(a -> a.overlaps(quarter.atDay(1), quarter.atEndOfQuarter()))
        .map(SroAssignment::getOfficerUsername).distinct().sorted().toList();
  }

  private QuarterlyReport build(String subject, String id, String name, YearQuarter quarter, List<String> served,
      List<Object[]> threats, List<Object[]> referrals, List<Activity> logged, List<QuarterlyReport.TrainingRow> rows) {
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
    for (Object[] t : threats) {
      byLevel.merge(t[0] == null ? "Not yet classified" : ((LevelOfConcern) t[0]).label(), 1L, Long::sum);
      byOutcome.merge(t[1] == null ? "Open" : shortLabel((CaseOutcome) t[1]), 1L, Long::sum);
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
    for (Object[] r : referrals) {
      byType.merge(r[0] == null ? "Agency not yet chosen" : ((ServiceType) r[0]).label(), 1L, Long::sum);
      byStatus.merge(r[1] == null ? "Open" : ((ReferralOutcome) r[1]).label(), 1L, Long::sum);
      if (r[3] == null) {
        waiting++;
      } else {
        hours.add(Duration.between((Instant) r[2], (Instant) r[3]).toMinutes() / 60.0);
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
    for (Activity a : logged) {
      counts.get(a.getKind())[0]++;
      counts.get(a.getKind())[1] += a.getParticipants() == null ? 0 : a.getParticipants();
      activityHours.merge(a.getKind(), a.getHours() == null ? 0.0 : a.getHours().doubleValue(), Double::sum);
    }
    List<QuarterlyReport.ActivityCount> activityCounts = counts.entrySet().stream()
        .map(e -> new QuarterlyReport.ActivityCount(e.getKey().label(), e.getValue()[0],
            activityHours.get(e.getKey()), e.getValue()[1]))
        .toList();
    return new QuarterlyReport(subject, id, name, quarter, served, threats.size(), counts(byLevel),
        counts(byOutcome), referrals.size(), counts(byType), counts(byStatus),
        new QuarterlyReport.Acknowledgement(hours.size(), waiting, median, longest), activityCounts, rows);
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
