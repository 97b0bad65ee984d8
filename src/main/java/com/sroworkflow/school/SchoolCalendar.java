package com.sroworkflow.school;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The district's school days ({@code sro.school-calendar.*}): its time zone (the server may run in
 * another), the school day's start and end, Monday to Friday except the configured holidays. Today
 * is today in the district, by the application's {@link Clock}. Deadlines are counted on it by
 * {@link Deadlines}.
 */
@Component("schoolCalendar")
public class SchoolCalendar {

  @ConfigurationProperties("sro.school-calendar")
  public record Settings(String zone, LocalTime dayStarts, LocalTime dayEnds, List<LocalDate> holidays) {
    public Settings {
      if (zone == null || zone.isBlank()) {
        throw new IllegalArgumentException("sro.school-calendar.zone must name the district's time zone,"
            + " such as America/New_York");
      }
      dayStarts = dayStarts == null ? LocalTime.of(8, 0) : dayStarts;
      dayEnds = dayEnds == null ? LocalTime.of(16, 0) : dayEnds;
      if (!dayStarts.isBefore(dayEnds)) {
        throw new IllegalArgumentException("sro.school-calendar.day-starts must be before day-ends");
      }
      holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }
  }

  private final ZoneId zone;
  private final LocalTime dayStarts;
  private final LocalTime dayEnds;
  private final Set<LocalDate> holidays;
  private final Clock clock;

  public SchoolCalendar(Settings settings, Clock clock) {
    this.zone = ZoneId.of(settings.zone());
    this.dayStarts = settings.dayStarts();
    this.dayEnds = settings.dayEnds();
    this.holidays = new TreeSet<>(settings.holidays());
    this.clock = clock;
  }

  public boolean isSchoolDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !holidays.contains(day);
  }

  /** A day as users read it, in US form: "Thu, Dec 3, 2026". */
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE, MMM d, uuuu", Locale.US);
  /** A moment as users read it, in US form with the district's zone: "Thu, Dec 3, 2026, 4:00 PM EST". */
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEE, MMM d, uuuu, h:mm a z", Locale.US);

  /** The one way a date is written for users (forms, mails, pages): US form. */
  public String day(LocalDate date) {
    return DAY.format(date);
  }

  /** The date of a moment in the district's time zone, written as {@link #day(LocalDate)}. */
  public String day(Instant at) {
    return DAY.format(at.atZone(zone()));
  }

  /** The one way a moment is written for users: US form, local time with the zone's abbreviation. */
  public String moment(Instant at) {
    return MOMENT.format(at.atZone(zone()));
  }

  public ZoneId zone() {
    return zone;
  }

  public Instant now() {
    return clock.instant();
  }

  public LocalDate today() {
    return now().atZone(zone).toLocalDate();
  }

  /** When the given school day ends, in the district's time. */
  public Instant endOf(LocalDate day) {
    return day.atTime(dayEnds).atZone(zone).toInstant();
  }

  /**
   * The first school day that has not yet ended at the given moment: today when it is a school day
   * and its school day has not ended, otherwise the next school day.
   */
  LocalDate currentOrNextSchoolDay(Instant at) {
    ZonedDateTime t = at.atZone(zone);
    LocalDate day = t.toLocalDate();
    return isSchoolDay(day) && t.toLocalTime().isBefore(dayEnds) ? day : nextSchoolDay(day);
  }

  /**
   * The n-th school day after the given moment, n at least 1: a school day that had not yet started
   * at that moment counts as the first.
   */
  LocalDate nthSchoolDayAfter(Instant at, int n) {
    ZonedDateTime t = at.atZone(zone);
    LocalDate day = t.toLocalDate();
    if (isSchoolDay(day) && t.toLocalTime().isBefore(dayStarts)) {
      n--;
    }
    for (int i = 0; i < n; i++) {
      day = nextSchoolDay(day);
    }
    return day;
  }

  /** The given time of school hours after the given moment, counting only the hours school is in session. */
  Instant afterSchoolHours(Instant at, Duration hours) {
    ZonedDateTime t = at.atZone(zone);
    LocalDate day = currentOrNextSchoolDay(at);
    ZonedDateTime start = day.equals(t.toLocalDate()) && t.toLocalTime().isAfter(dayStarts)
        ? t : day.atTime(dayStarts).atZone(zone);
    Duration left = hours;
    while (true) {
      ZonedDateTime end = day.atTime(dayEnds).atZone(zone);
      Duration today = Duration.between(start, end);
      if (left.compareTo(today) <= 0) {
        return start.plus(left).toInstant();
      }
      left = left.minus(today);
      day = nextSchoolDay(day);
      start = day.atTime(dayStarts).atZone(zone);
    }
  }

  /** The same moment, or the same time of day on the next school day when it falls on no school day. */
  Instant onASchoolDay(Instant at) {
    ZonedDateTime t = at.atZone(zone);
    while (!isSchoolDay(t.toLocalDate())) {
      t = t.plusDays(1);
    }
    return t.toInstant();
  }

  private LocalDate nextSchoolDay(LocalDate day) {
    LocalDate next = day.plusDays(1);
    while (!isSchoolDay(next)) {
      next = next.plusDays(1);
    }
    return next;
  }
}
