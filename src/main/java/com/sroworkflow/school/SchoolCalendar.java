package com.sroworkflow.school;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * School days for deadlines such as "acknowledge within one school day" or "screen the same school
 * day": Monday to Friday except the district's holidays, each ending at a set time. Models use it
 * in timer expressions, for example {@code ${schoolCalendar.schoolDaysFromNow(1)}}. It reads the
 * engine's clock, so tests that move the engine clock move deadlines with it.
 */
@Component("schoolCalendar")
public class SchoolCalendar {

  @ConfigurationProperties("sro.school-calendar")
  public record Settings(String zone, LocalTime dayEnds, List<LocalDate> holidays) {
    public Settings {
      zone = zone == null || zone.isBlank() ? ZoneId.systemDefault().getId() : zone;
      dayEnds = dayEnds == null ? LocalTime.of(16, 0) : dayEnds;
      holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }
  }

  private final ZoneId zone;
  private final LocalTime dayEnds;
  private final Set<LocalDate> holidays;

  public SchoolCalendar(Settings settings) {
    this.zone = ZoneId.of(settings.zone());
    this.dayEnds = settings.dayEnds();
    this.holidays = new TreeSet<>(settings.holidays());
  }

  public boolean isSchoolDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !holidays.contains(day);
  }

  /**
   * The same time of day, the given number of school days after now. A deadline that starts outside
   * school hours (a weekend, a holiday, after the day has ended) gives the full days instead: it
   * ends when the given number of school days have ended.
   */
  public Date schoolDaysFromNow(int days) {
    return schoolDaysAfter(now(), days);
  }

  public Date schoolDaysAfter(Date from, int days) {
    ZonedDateTime t = from.toInstant().atZone(zone);
    LocalDate day = t.toLocalDate();
    if (!isSchoolDay(day) || !t.toLocalTime().isBefore(dayEnds)) {
      day = nextSchoolDay(day);
      for (int i = 1; i < days; i++) {
        day = nextSchoolDay(day);
      }
      return Date.from(day.atTime(dayEnds).atZone(zone).toInstant());
    }
    for (int i = 0; i < days; i++) {
      day = nextSchoolDay(day);
    }
    return Date.from(day.atTime(t.toLocalTime()).atZone(zone).toInstant());
  }

  private LocalDate nextSchoolDay(LocalDate day) {
    LocalDate next = day.plusDays(1);
    while (!isSchoolDay(next)) {
      next = next.plusDays(1);
    }
    return next;
  }

  /** The end of today's school day, or of the next school day when today's has ended or is no school day. */
  public Date endOfSchoolDay() {
    ZonedDateTime t = now().toInstant().atZone(zone);
    LocalDate day = t.toLocalDate();
    if (!isSchoolDay(day) || !t.toLocalTime().isBefore(dayEnds)) {
      day = nextSchoolDay(day);
    }
    return Date.from(day.atTime(dayEnds).atZone(zone).toInstant());
  }

  public ZoneId zone() {
    return zone;
  }

  public LocalDate today() {
    return now().toInstant().atZone(zone).toLocalDate();
  }

  private static Date now() {
    return ClockUtil.getCurrentTime();
  }
}
