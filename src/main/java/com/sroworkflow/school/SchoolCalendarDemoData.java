package com.sroworkflow.school;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo district's school calendar, entered once on a database without school years
 * ({@code sro.school-calendar.demo-years}, on in the demo): the current and the next school year, each from the
 * Wednesday after Labor Day to the last weekday on or before June 25, with the US federal holidays that fall on
 * school days (Columbus Day, Veterans Day, Martin Luther King Jr. Day, Presidents' Day, Memorial Day, Juneteenth)
 * and the breaks a New York district typically has: Thanksgiving (Thursday and Friday), winter (December 24 to
 * January 1) and spring (the week of the second Monday in April). The district designee changes them on /calendar.
 */
@Component
@Profile("!prod")
@Order(21)
class SchoolCalendarDemoData implements ApplicationRunner {

  private final SchoolCalendarBook book;
  private final SchoolCalendar calendar;
  private final boolean enabled;

  SchoolCalendarDemoData(SchoolCalendarBook book, SchoolCalendar calendar,
      @Value("${sro.school-calendar.demo-years:true}") boolean enabled) {
    this.book = book;
    this.calendar = calendar;
    this.enabled = enabled;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || !book.isEmpty()) {
      return;
    }
    LocalDate today = calendar.today();
    int first = today.getMonthValue() >= Month.JULY.getValue() ? today.getYear() : today.getYear() - 1;
    List<SchoolYear> years = new ArrayList<>();
    List<SchoolClosure> closures = new ArrayList<>();
    Instant now = calendar.now();
    for (int y = first; y <= first + 1; y++) {
      years.add(new SchoolYear(firstDay(y), lastDay(y + 1), "demo", now));
      closures.addAll(closures(y, now));
    }
    book.seed(years, closures);
  }

  static LocalDate firstDay(int year) {
    LocalDate laborDay = LocalDate.of(year, Month.SEPTEMBER, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    return laborDay.plusDays(2);
  }

  static LocalDate lastDay(int year) {
    LocalDate day = LocalDate.of(year, Month.JUNE, 25);
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.minusDays(1);
    }
    return day;
  }

  /** The holidays and breaks of the school year that starts in the fall of the given year. */
  static List<SchoolClosure> closures(int year, Instant now) {
    int next = year + 1;
    List<SchoolClosure> closures = new ArrayList<>();
    holiday(closures, "Columbus Day", nth(year, Month.OCTOBER, 2, DayOfWeek.MONDAY), now);
    holiday(closures, "Veterans Day", observed(LocalDate.of(year, Month.NOVEMBER, 11)), now);
    LocalDate thanksgiving = nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY);
    closures.add(new SchoolClosure(SchoolClosure.Kind.BREAK, "Thanksgiving break", thanksgiving,
        thanksgiving.plusDays(1), "demo", now));
    closures.add(new SchoolClosure(SchoolClosure.Kind.BREAK, "Winter break", LocalDate.of(year, Month.DECEMBER, 24),
        LocalDate.of(next, Month.JANUARY, 1), "demo", now));
    holiday(closures, "Martin Luther King Jr. Day", nth(next, Month.JANUARY, 3, DayOfWeek.MONDAY), now);
    holiday(closures, "Presidents' Day", nth(next, Month.FEBRUARY, 3, DayOfWeek.MONDAY), now);
    LocalDate spring = nth(next, Month.APRIL, 2, DayOfWeek.MONDAY);
    closures.add(new SchoolClosure(SchoolClosure.Kind.BREAK, "Spring break", spring, spring.plusDays(4), "demo", now));
    holiday(closures, "Memorial Day", LocalDate.of(next, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(
        DayOfWeek.MONDAY)), now);
    LocalDate juneteenth = observed(LocalDate.of(next, Month.JUNE, 19));
    if (!juneteenth.isAfter(lastDay(next))) {
      holiday(closures, "Juneteenth", juneteenth, now);
    }
    return closures;
  }

  private static void holiday(List<SchoolClosure> closures, String name, LocalDate day, Instant now) {
    closures.add(new SchoolClosure(SchoolClosure.Kind.HOLIDAY, name, day, day, "demo", now));
  }

  private static LocalDate nth(int year, Month month, int n, DayOfWeek day) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
  }

  /** A federal holiday on a Saturday is observed on the Friday before, on a Sunday on the Monday after. */
  private static LocalDate observed(LocalDate day) {
    return switch (day.getDayOfWeek()) {
      case SATURDAY -> day.minusDays(1);
      case SUNDAY -> day.plusDays(1);
      default -> day;
    };
  }
}
