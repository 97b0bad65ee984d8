package com.sroworkflow.narrative;

import com.sroworkflow.activity.Activity;
import com.sroworkflow.activity.ActivityFigures;
import com.sroworkflow.assignment.Assignments;
import com.sroworkflow.assignment.SroAssignment;
import com.sroworkflow.figures.RecordCount;
import com.sroworkflow.figures.RecordFigures;
import com.sroworkflow.figures.RecordScope;
import com.sroworkflow.figures.RecordTotals;
import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.referral.ReferralFigures;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.system.InvalidInputException;
import com.sroworkflow.threat.ThreatFigures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SRO's monthly narrative to the Detective Sergeant (seed 004 item 15: "document and highlight activities
 * ... to the Detective Sergeant"; seed 003 III.A.2.m: detailed and accurate records of the program). Prefilled
 * with the month's counts from every capability's {@link RecordFigures} and the threat, referral and activity
 * figures; the SRO adds what the counts do not say; the sergeant reads it. It feeds the quarterly report.
 */
@Service
@Transactional
public class Narratives {

  /** A month's narrative as the quarterly report lists it: that it exists, never its words. */
  public record MonthStatus(String officer, String month, Instant submittedAt, Instant readAt) {}

  private final SroNarrativeRepository narratives;
  private final List<RecordFigures> figures;
  private final ThreatFigures threats;
  private final ReferralFigures referrals;
  private final ActivityFigures activities;
  private final Assignments assignments;
  private final People people;
  private final SchoolCalendar calendar;
  private final NarrativeSettings settings;

  Narratives(SroNarrativeRepository narratives, List<RecordFigures> figures, ThreatFigures threats,
      ReferralFigures referrals, ActivityFigures activities, Assignments assignments, People people,
      SchoolCalendar calendar, NarrativeSettings settings) {
    this.narratives = narratives;
    this.figures = figures;
    this.threats = threats;
    this.referrals = referrals;
    this.activities = activities;
    this.assignments = assignments;
    this.people = people;
    this.calendar = calendar;
    this.settings = settings;
  }

  /** The SROs who served a school at some time in the month: each writes a narrative for it. */
  List<String> officersServing(YearMonth month) {
    return people.members(Roles.SRO).stream()
        .filter(o -> assignments.ofOfficer(o).stream().anyMatch(a -> a.overlaps(month.atDay(1), month.atEndOfMonth())))
        .toList();
  }

  /**
   * The month whose narratives open on the given day: the month before, from the current month's first school day
   * on ({@link SchoolCalendar#monthOpeningDay}: in a summer month its first weekday, so the last school month's
   * narrative is not left until fall); none before that day, and none when the month before had no school day
   * (seed 004 item 12: the SRO's schedule is the school's; a summer month has no school work to narrate).
   */
  Optional<YearMonth> monthDue(LocalDate today) {
    YearMonth current = YearMonth.from(today);
    if (today.isBefore(calendar.monthOpeningDay(current))) {
      return Optional.empty();
    }
    YearMonth before = current.minusMonths(1);
    return calendar.firstSchoolDay(before).map(d -> before);
  }

  boolean exists(String officer, YearMonth month) {
    return narratives.findByOfficerUsernameAndMonth(officer, month.toString()).isPresent();
  }

  /**
   * Opens the officer's narrative for the month, prefilled; empty when one is already open (a timer fired
   * twice, or a node retried): a narrative is written once per SRO and month.
   */
  Optional<SroNarrative> open(String officer, YearMonth month, String processInstanceId) {
    if (exists(officer, month)) {
      return Optional.empty();
    }
    String sergeant = people.supervisorOf(officer)
        .orElseGet(() -> people.members(Roles.SUPERVISOR).stream().findFirst().orElse(null));
    return Optional.of(narratives.saveAndFlush(new SroNarrative(officer, month.toString(), processInstanceId,
        summary(monthFigures(officer, month)), sergeant)));
  }

  /** The month's counts for the officer: every capability's records, threat cases, referrals, activities. */
  public List<RecordCount> monthFigures(String officer, YearMonth month) {
    LocalDate first = month.atDay(1);
    LocalDate last = month.atEndOfMonth();
    Set<String> schools = new LinkedHashSet<>();
    for (SroAssignment a : assignments.ofOfficer(officer)) {
      if (a.overlaps(first, last)) {
        schools.add(a.getSchoolCode());
      }
    }
    ZoneId zone = calendar.zone();
    Instant from = first.atStartOfDay(zone).toInstant();
    Instant to = last.plusDays(1).atStartOfDay(zone).toInstant();
    List<RecordCount> lines = new ArrayList<>();
    long threatCases = schools.stream().mapToLong(s -> threats.reportedAt(s, from, to).size()).sum();
    lines.add(new RecordCount("threat-case", "Threat cases at your schools", threatCases));
    lines.add(new RecordCount("referral", "Referrals you made", referrals.referredBy(officer, from, to).size()));
    List<ActivityFigures.Logged> logged = activities.loggedBy(officer, first, last);
    for (Activity.Kind kind : Activity.Kind.values()) {
      lines.add(new RecordCount("activity-" + kind.name().toLowerCase(), kind.label(),
          logged.stream().filter(l -> l.kind() == kind).count()));
    }
    if (!schools.isEmpty()) {
      lines.addAll(RecordTotals.of(figures, new RecordScope(officer, schools, first, last)));
    }
    return lines;
  }

  static String summary(Collection<RecordCount> lines) {
    StringBuilder s = new StringBuilder();
    for (RecordCount c : lines) {
      s.append(c.label()).append(": ").append(c.count()).append('\n');
    }
    String text = s.toString().strip();
    return text.length() > 4000 ? text.substring(0, 4000) : text;
  }

  void write(Long id, String by, String text) {
    SroNarrative n = require(id);
    if (!n.getOfficerUsername().equals(by)) {
      throw InvalidInputException.of("narrative", "narrative.narrative.writes-narrative", people.displayName(n.getOfficerUsername()));
    }
    String t = text == null ? "" : text.strip();
    if (t.length() < 20) {
      throw InvalidInputException.of("narrative", "narrative.narrative.write-narrative-least-characters");
    }
    if (t.length() > 8000) {
      throw InvalidInputException.of("narrative", "narrative.narrative.narrative-most-characters");
    }
    n.submit(t, calendar.now().atZone(ZoneOffset.UTC).plus(settings.getKeptFor()).toInstant());
  }

  void read(Long id, String by) {
    require(id).read(by);
  }

  /** The months' narratives of the officers (all officers when empty), months yyyy-mm from..to: existence only. */
  public List<MonthStatus> statusOf(Collection<String> officers, YearMonth from, YearMonth to) {
    return narratives.findByMonthBetweenOrderByMonthAscOfficerUsernameAsc(from.toString(), to.toString()).stream()
        .filter(n -> officers.isEmpty() || officers.contains(n.getOfficerUsername()))
        .map(n -> new MonthStatus(n.getOfficerUsername(), n.getMonth(), n.getSubmittedAt(), n.getReadAt()))
        .toList();
  }

  SroNarrative require(Long id) {
    return narratives.findById(id).orElseThrow(() -> new IllegalStateException("narrative " + id + " does not exist"));
  }
}
