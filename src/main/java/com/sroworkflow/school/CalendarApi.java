package com.sroworkflow.school;

import com.sroworkflow.security.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The school calendar as JSON ({@code /api/calendar}): everyone signed in reads it; the district designee and
 * administrators add a school year, add a holiday or break, or remove one that has not begun
 * ({@link SchoolCalendarBook} checks and audits). Dates are ISO ({@code 2026-12-21}).
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarApi {

  record YearDto(Long id, String name, LocalDate firstDay, LocalDate lastDay) {
    static YearDto of(SchoolYear y) {
      return new YearDto(y.getId(), y.getName(), y.getFirstDay(), y.getLastDay());
    }
  }

  record ClosureDto(Long id, String kind, String name, LocalDate firstDay, LocalDate lastDay) {
    static ClosureDto of(SchoolClosure c) {
      return new ClosureDto(c.getId(), c.getKind().name(), c.getName(), c.getFirstDay(), c.getLastDay());
    }
  }

  record CalendarDto(String zone, String dayStarts, String dayEnds, boolean mayChange, List<YearDto> years,
      List<ClosureDto> closures, List<LocalDate> configuredHolidays) {}

  record NewYear(String firstDay, String lastDay) {}

  record NewClosure(String kind, String name, String firstDay, String lastDay) {}

  private final SchoolCalendarBook book;
  private final SchoolCalendar calendar;
  private final CurrentUser user;

  CalendarApi(SchoolCalendarBook book, SchoolCalendar calendar, CurrentUser user) {
    this.book = book;
    this.calendar = calendar;
    this.user = user;
  }

  @GetMapping
  CalendarDto read() {
    boolean mayChange = book.mayChange(user.require());
    return new CalendarDto(calendar.zone().getId(), calendar.dayStarts().toString(), calendar.dayEnds().toString(),
        mayChange, book.years().stream().map(YearDto::of).toList(),
        book.closures().stream().map(ClosureDto::of).toList(), calendar.configuredHolidays().stream().sorted().toList());
  }

  @PostMapping("/years")
  @ResponseStatus(HttpStatus.CREATED)
  YearDto addYear(@RequestBody NewYear year) {
    return YearDto.of(book.addYear(year.firstDay(), year.lastDay()));
  }

  @PostMapping("/closures")
  @ResponseStatus(HttpStatus.CREATED)
  ClosureDto addClosure(@RequestBody NewClosure closure) {
    return ClosureDto.of(book.addClosure(closure.kind(), closure.name(), closure.firstDay(), closure.lastDay()));
  }

  @DeleteMapping("/closures/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void removeClosure(@PathVariable long id) {
    book.removeClosure(id);
  }
}
