package com.sroworkflow.school;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The district's school days: its time zone and the school day's start and end
 * ({@code sro.school-calendar.*}; the server may run in another zone), and the school years, holidays and breaks
 * the district designee keeps on /calendar ({@link SchoolCalendarBook}). A school day is a Monday to Friday within
 * a stored school year that no holiday or break closes (nor a holiday of {@code sro.school-calendar.holidays}).
 * With no school year stored every weekday counts, and so does every weekday after the last stored school year
 * (the calendar has not been entered that far). Today is today in the district, by the application's
 * {@link Clock}. Deadlines are counted on it by {@link Deadlines}.
 *
 * <p>The stored days are read once into memory and read again after a change on this node (and at the latest a
 * minute after a change on another node), so counting a deadline never queries the database.
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

  /** The stored calendar as one immutable snapshot: the school years (first and last days) and the closed days. */
  record Stored(List<LocalDate[]> years, Set<LocalDate> closed) {
    static final Stored NONE = new Stored(List.of(), Set.of());

    static Stored of(List<SchoolYear> years, List<SchoolClosure> closures) {
      Set<LocalDate> closed = new HashSet<>();
      for (SchoolClosure c : closures) {
        for (LocalDate d = c.getFirstDay(); !d.isAfter(c.getLastDay()); d = d.plusDays(1)) {
          closed.add(d);
        }
      }
      return new Stored(years.stream().map(y -> new LocalDate[] {y.getFirstDay(), y.getLastDay()}).toList(),
          Set.copyOf(closed));
    }

    boolean inSession(LocalDate day) {
      if (years.isEmpty()) {
        return true;
      }
      boolean afterAll = true;
      for (LocalDate[] year : years) {
        if (!day.isBefore(year[0]) && !day.isAfter(year[1])) {
          return true;
        }
        afterAll &= day.isAfter(year[1]);
      }
      return afterAll;
    }
  }

  private static final long RELOAD_NANOS = Duration.ofMinutes(1).toNanos();

  private final ZoneId zone;
  private final LocalTime dayStarts;
  private final LocalTime dayEnds;
  private final Set<LocalDate> holidays;
  private final Clock clock;
  private final Supplier<Stored> store;
  private volatile Stored stored;
  private volatile long loadedAt;

  /** A calendar of the configuration alone (no stored school years or closures). */
  public SchoolCalendar(Settings settings, Clock clock) {
    this(settings, clock, () -> Stored.NONE);
  }

  @Autowired
  SchoolCalendar(Settings settings, Clock clock, Supplier<Stored> store) {
    this.zone = ZoneId.of(settings.zone());
    this.dayStarts = settings.dayStarts();
    this.dayEnds = settings.dayEnds();
    this.holidays = new TreeSet<>(settings.holidays());
    this.clock = clock;
    this.store = store;
  }

  public boolean isSchoolDay(LocalDate day) {
    Stored days = stored();
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !holidays.contains(day) && !days.closed().contains(day) && days.inSession(day);
  }

  /** The configured holidays ({@code sro.school-calendar.holidays}), besides the stored ones. */
  public Set<LocalDate> configuredHolidays() {
    return java.util.Collections.unmodifiableSet(holidays);
  }

  public LocalTime dayStarts() {
    return dayStarts;
  }

  public LocalTime dayEnds() {
    return dayEnds;
  }

  /**
   * Reads the stored days again on the next question: after a change ({@link SchoolCalendarBook} calls it), or
   * when the tables were changed outside the application (a restore, a test's clean-up).
   */
  public void reload() {
    stored = null;
  }

  private Stored stored() {
    Stored days = stored;
    if (days == null || System.nanoTime() - loadedAt > RELOAD_NANOS) {
      days = store.get();
      loadedAt = System.nanoTime();
      stored = days;
    }
    return days;
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

  /**
   * A model's daily timer cycle at the given local time in the district's zone, whatever the server's zone
   * ({@code bpmn/school-year.bpmn}: {@code ${schoolCalendar.everyDayAt('06:00')}}): an ISO 8601 cycle whose start
   * is the next such moment after now. The engine evaluates it again each time the timer fires
   * ({@code reevaluateTimeCycleWhenDue}), so every morning is 6 AM in the district, across daylight saving time too.
   * (A cron cycle would run in the server's zone, and a fixed 24-hour period would slip an hour at each change.)
   */
  public String everyDayAt(String localTime) {
    LocalTime at = LocalTime.parse(localTime);
    ZonedDateTime now = now().atZone(zone);
    ZonedDateTime next = now.toLocalDate().atTime(at).atZone(zone);
    if (!next.isAfter(now)) {
      next = now.toLocalDate().plusDays(1).atTime(at).atZone(zone);
    }
    return cycle(next, "P1D");
  }

  /**
   * A model's monthly timer cycle: the next {@link #monthOpeningDay month's opening day} at the given local time in
   * the district ({@code bpmn/sro-monthly-narrative.bpmn}), evaluated again each time it fires, so a holiday or a
   * break entered meanwhile moves the next one.
   */
  public String everyMonthOpeningAt(String localTime) {
    LocalTime at = LocalTime.parse(localTime);
    ZonedDateTime now = now().atZone(zone);
    YearMonth month = YearMonth.from(now);
    ZonedDateTime next = monthOpeningDay(month).atTime(at).atZone(zone);
    while (!next.isAfter(now)) {
      month = month.plusMonths(1);
      next = monthOpeningDay(month).atTime(at).atZone(zone);
    }
    return cycle(next, "P1M");
  }

  private static String cycle(ZonedDateTime start, String period) {
    return "R/" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(start.truncatedTo(ChronoUnit.SECONDS)) + "/" + period;
  }

  /** The month's first school day, if school is in session that month at all (not in a summer month). */
  public Optional<LocalDate> firstSchoolDay(YearMonth month) {
    for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
      if (isSchoolDay(d)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * The day a month's work opens (the SRO's monthly narrative of the month before): its first school day, or in a
   * month with no school day (summer) its first weekday, since the SRO's work year goes on with the department.
   */
  public LocalDate monthOpeningDay(YearMonth month) {
    return firstSchoolDay(month).orElseGet(() -> {
      LocalDate d = month.atDay(1);
      while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
        d = d.plusDays(1);
      }
      return d;
    });
  }

  private LocalDate nextSchoolDay(LocalDate day) {
    LocalDate next = day.plusDays(1);
    while (!isSchoolDay(next)) {
      next = next.plusDays(1);
    }
    return next;
  }
}
