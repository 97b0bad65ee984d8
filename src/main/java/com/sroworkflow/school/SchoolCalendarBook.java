package com.sroworkflow.school;

import com.sroworkflow.identity.Roles;
import com.sroworkflow.security.Caller;
import com.sroworkflow.security.CurrentUser;
import com.sroworkflow.security.Messages;
import com.sroworkflow.system.EngineClock;
import com.sroworkflow.system.InvalidInputException;
import com.sroworkflow.system.PlainText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.server.ResponseStatusException;

/**
 * The school calendar as the district designee keeps it (page /calendar, API /api/calendar): school years, and
 * the holidays and breaks within them. Everyone signed in reads it; the district designee ({@code districtAdmin})
 * and administrators change it. Every change is checked (dates in order, inside a school year, not in the past,
 * not overlapping), written to the audit table with who and when, and the {@link SchoolCalendar} reads the
 * stored days again once the change is committed.
 */
@Service
public class SchoolCalendarBook {

  /** The longest school year and the longest break that are taken as meant (more is a typing mistake). */
  static final int MAX_YEAR_DAYS = 400;
  static final int MAX_BREAK_DAYS = 120;

  private final SchoolYearRepository years;
  private final SchoolClosureRepository closures;
  private final SchoolCalendarChangeRepository changes;
  private final SchoolCalendar calendar;
  private final CurrentUser user;

  SchoolCalendarBook(SchoolYearRepository years, SchoolClosureRepository closures,
      SchoolCalendarChangeRepository changes, SchoolCalendar calendar, CurrentUser user) {
    this.years = years;
    this.closures = closures;
    this.changes = changes;
    this.calendar = calendar;
    this.user = user;
  }

  @Transactional(readOnly = true)
  public List<SchoolYear> years() {
    return years.findAllByOrderByFirstDayAsc();
  }

  @Transactional(readOnly = true)
  public List<SchoolClosure> closures() {
    return closures.findAllByOrderByFirstDayAsc();
  }

  @Transactional(readOnly = true)
  public List<SchoolCalendarChange> recentChanges() {
    return changes.findTop20ByOrderByIdDesc();
  }

  /** Whether the caller may change the calendar: the district designee or an administrator. */
  public boolean mayChange(Caller caller) {
    return caller != null && (caller.inGroup(Roles.DISTRICT_ADMIN) || caller.isOperator());
  }

  @Transactional
  public SchoolYear addYear(String firstDay, String lastDay) {
    Caller caller = requireDesignee();
    LocalDate first = date("firstDay", "calendar.field.first-day", firstDay);
    LocalDate last = date("lastDay", "calendar.field.last-day", lastDay);
    if (last.isBefore(first)) {
      throw InvalidInputException.of("lastDay", "calendar.end-before-start");
    }
    if (ChronoUnit.DAYS.between(first, last) >= MAX_YEAR_DAYS) {
      throw InvalidInputException.of("lastDay", "calendar.year-too-long", MAX_YEAR_DAYS);
    }
    for (SchoolYear other : years.findAllByOrderByFirstDayAsc()) {
      if (other.overlaps(first, last)) {
        throw InvalidInputException.of("firstDay", "calendar.year-overlap", other.getName(),
            calendar.day(other.getFirstDay()), calendar.day(other.getLastDay()));
      }
    }
    SchoolYear year = years.save(new SchoolYear(first, last, caller.userId(), EngineClock.now()));
    audit(caller, "ADD_YEAR", "School year " + year.getName() + ": " + first + " to " + last);
    return year;
  }

  @Transactional
  public SchoolClosure addClosure(String kindText, String nameText, String firstDay, String lastDay) {
    Caller caller = requireDesignee();
    SchoolClosure.Kind kind = kind(kindText);
    String name = nameText == null ? "" : nameText.strip();
    if (name.isEmpty() || name.length() > 80) {
      throw InvalidInputException.of("name", "calendar.name-required");
    }
    PlainText.check("name", Messages.text("calendar.field.name"), name);
    LocalDate first = date("firstDay", "calendar.field.first-day", firstDay);
    LocalDate last = kind == SchoolClosure.Kind.HOLIDAY && (lastDay == null || lastDay.isBlank()) ? first
        : date("lastDay", "calendar.field.last-day", lastDay);
    if (last.isBefore(first)) {
      throw InvalidInputException.of("lastDay", "calendar.end-before-start");
    }
    if (kind == SchoolClosure.Kind.HOLIDAY && !last.equals(first)) {
      throw InvalidInputException.of("lastDay", "calendar.holiday-one-day");
    }
    if (ChronoUnit.DAYS.between(first, last) >= MAX_BREAK_DAYS) {
      throw InvalidInputException.of("lastDay", "calendar.break-too-long", MAX_BREAK_DAYS);
    }
    if (first.isBefore(calendar.today())) {
      throw InvalidInputException.of("firstDay", "calendar.in-past", calendar.day(calendar.today()));
    }
    List<SchoolYear> stored = years.findAllByOrderByFirstDayAsc();
    if (stored.stream().noneMatch(y -> y.contains(first) && y.contains(last))) {
      throw InvalidInputException.of("firstDay", stored.isEmpty() ? "calendar.no-year" : "calendar.outside-year",
          stored.stream().map(y -> y.getName() + " (" + calendar.day(y.getFirstDay()) + " to "
              + calendar.day(y.getLastDay()) + ")").reduce((a, b) -> a + ", " + b).orElse(""));
    }
    for (SchoolClosure other : closures.findAllByOrderByFirstDayAsc()) {
      if (other.overlaps(first, last)) {
        throw InvalidInputException.of("firstDay", "calendar.overlap", other.getName(),
            calendar.day(other.getFirstDay()), calendar.day(other.getLastDay()));
      }
    }
    SchoolClosure closure = closures.save(new SchoolClosure(kind, name, first, last, caller.userId(),
        EngineClock.now()));
    audit(caller, "ADD_" + kind, name + ": " + first + (first.equals(last) ? "" : " to " + last));
    return closure;
  }

  @Transactional
  public void removeClosure(long id) {
    Caller caller = requireDesignee();
    SchoolClosure closure = closures.findById(id).orElseThrow(() -> new ResponseStatusException(
        HttpStatus.NOT_FOUND, Messages.text("calendar.no-such-closure")));
    if (!closure.getFirstDay().isAfter(calendar.today())) {
      throw InvalidInputException.of("id", "calendar.remove-started", closure.getName());
    }
    closures.delete(closure);
    audit(caller, "REMOVE_" + closure.getKind(), closure.getName() + ": " + closure.getFirstDay()
        + (closure.getFirstDay().equals(closure.getLastDay()) ? "" : " to " + closure.getLastDay()));
  }

  /** Seeds the stored calendar (the demo): no checks, no caller; the calendar reads it once committed. */
  @Transactional
  void seed(List<SchoolYear> newYears, List<SchoolClosure> newClosures) {
    years.saveAll(newYears);
    closures.saveAll(newClosures);
    reloadAfterCommit();
  }

  boolean isEmpty() {
    return years.count() == 0;
  }

  private Caller requireDesignee() {
    Caller caller = user.require();
    if (!mayChange(caller)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, Messages.text("calendar.designee-only"));
    }
    return caller;
  }

  private void audit(Caller caller, String action, String what) {
    changes.save(new SchoolCalendarChange(caller.userId(), EngineClock.now(), action, what));
    reloadAfterCommit();
  }

  private void reloadAfterCommit() {
    calendar.reload();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          calendar.reload();
        }
      });
    }
  }

  private static SchoolClosure.Kind kind(String text) {
    if (text != null) {
      for (SchoolClosure.Kind kind : SchoolClosure.Kind.values()) {
        if (kind.name().equalsIgnoreCase(text.strip())) {
          return kind;
        }
      }
    }
    throw InvalidInputException.of("kind", "calendar.kind");
  }

  private static LocalDate date(String field, String labelKey, String text) {
    if (text == null || text.isBlank()) {
      throw InvalidInputException.of(field, "calendar.date-required", Messages.text(labelKey));
    }
    try {
      LocalDate date = LocalDate.parse(text.strip());
      if (date.getYear() < 2000 || date.getYear() > 2100) {
        throw InvalidInputException.of(field, "calendar.date-range", Messages.text(labelKey));
      }
      return date;
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(field, "calendar.date-form", Messages.text(labelKey));
    }
  }

  static String kindLabel(SchoolClosure.Kind kind) {
    return Messages.text("calendar.kind." + kind.name().toLowerCase(Locale.ROOT));
  }
}
