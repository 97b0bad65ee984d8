package com.sroworkflow.school;

import com.sroworkflow.identity.People;
import com.sroworkflow.security.Caller;
import com.sroworkflow.security.CurrentUser;
import com.sroworkflow.security.Messages;
import com.sroworkflow.system.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The school calendar page ({@code /calendar}, template calendar/page.html): a school year's holidays and breaks,
 * for everyone signed in; the district designee and administrators add a holiday or a break (native date fields,
 * no script) or a school year, and remove a closure that has not begun. Reached with the Tasklist login like the
 * quarterly report; its forms carry the session's CSRF token (security/WebSecurity.pages). A refused entry shows the page
 * again with the bundle's message next to the field and the values kept.
 */
@Controller
@RequestMapping("/calendar")
class CalendarPage {

  private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self';"
      + " frame-ancestors 'none'";
  private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

  private final SchoolCalendarBook book;
  private final SchoolCalendar calendar;
  private final CurrentUser user;
  private final People people;

  CalendarPage(SchoolCalendarBook book, SchoolCalendar calendar, CurrentUser user, People people) {
    this.book = book;
    this.calendar = calendar;
    this.user = user;
    this.people = people;
  }

  record YearRow(long id, String name, String firstDay, String lastDay, boolean selected) {}

  record ClosureRow(long id, String kind, String name, String firstDay, String lastDay, String days,
      boolean removable) {}

  record ChangeRow(String when, String who, String what) {}

  /** What the designee typed, shown again with the refusal. */
  record Entry(String kind, String name, String firstDay, String lastDay) {
    static final Entry EMPTY = new Entry("BREAK", "", "", "");
  }

  @GetMapping
  String show(@RequestParam(required = false) Long year, @RequestParam(required = false) String done, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    String notice = done == null ? null : switch (done) {
      case "added" -> Messages.text("calendar.page.added");
      case "removed" -> Messages.text("calendar.page.removed");
      case "year" -> Messages.text("calendar.page.year-added");
      default -> null;
    };
    return page(year, Entry.EMPTY, Map.of(), notice, model, request, response);
  }

  @PostMapping("/closures")
  String addClosure(@RequestParam(required = false) Long year, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String name, @RequestParam(required = false) String firstDay,
      @RequestParam(required = false) String lastDay, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    try {
      SchoolClosure added = book.addClosure(kind, name, firstDay, lastDay);
      return "redirect:/calendar?year=" + yearOf(added.getFirstDay(), year) + "&done=added";
    } catch (InvalidInputException refused) {
      response.setStatus(400);
      return page(year, new Entry(kind, name, firstDay, lastDay), Map.of(field(refused), refused.getMessage()), null,
          model, request, response);
    }
  }

  @PostMapping("/closures/{id}/delete")
  String removeClosure(@PathVariable long id, @RequestParam(required = false) Long year, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    try {
      book.removeClosure(id);
      return "redirect:/calendar" + (year == null ? "?" : "?year=" + year + "&") + "done=removed";
    } catch (InvalidInputException refused) {
      response.setStatus(400);
      return page(year, Entry.EMPTY, Map.of("remove", refused.getMessage()), null, model, request, response);
    }
  }

  @PostMapping("/years")
  String addYear(@RequestParam(required = false) String yearFirstDay, @RequestParam(required = false) String yearLastDay,
      Model model, HttpServletRequest request, HttpServletResponse response) {
    try {
      SchoolYear added = book.addYear(yearFirstDay, yearLastDay);
      return "redirect:/calendar?year=" + added.getId() + "&done=year";
    } catch (InvalidInputException refused) {
      response.setStatus(400);
      model.addAttribute("yearFirstDay", yearFirstDay);
      model.addAttribute("yearLastDay", yearLastDay);
      return page(null, Entry.EMPTY, Map.of("year" + capitalized(field(refused)), refused.getMessage()), null, model,
          request, response);
    }
  }

  private String page(Long yearId, Entry entry, Map<String, String> errors, String notice, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    Caller caller = user.require();
    List<SchoolYear> years = book.years();
    LocalDate today = calendar.today();
    SchoolYear selected = years.stream().filter(y -> y.getId().equals(yearId)).findFirst()
        .or(() -> years.stream().filter(y -> !y.getLastDay().isBefore(today)).findFirst())
        .orElse(years.isEmpty() ? null : years.get(years.size() - 1));
    model.addAttribute("title", Messages.text("calendar.page.title"));
    model.addAttribute("hours", Messages.text("calendar.page.hours", calendar.zone().getId(),
        HOURS.format(calendar.dayStarts()), HOURS.format(calendar.dayEnds())));
    model.addAttribute("today", calendar.day(today));
    model.addAttribute("years", years.stream().map(y -> new YearRow(y.getId(), y.getName(), calendar.day(y.getFirstDay()),
        calendar.day(y.getLastDay()), y == selected)).toList());
    model.addAttribute("year", selected == null ? null : new YearRow(selected.getId(), selected.getName(),
        calendar.day(selected.getFirstDay()), calendar.day(selected.getLastDay()), true));
    model.addAttribute("closures", selected == null ? List.of() : book.closures().stream()
        .filter(c -> selected.overlaps(c.getFirstDay(), c.getLastDay()))
        .map(c -> new ClosureRow(c.getId(), SchoolCalendarBook.kindLabel(c.getKind()), c.getName(),
            calendar.day(c.getFirstDay()), calendar.day(c.getLastDay()), days(c), c.getFirstDay().isAfter(today)))
        .toList());
    boolean mayChange = book.mayChange(caller);
    model.addAttribute("mayChange", mayChange);
    model.addAttribute("changes", mayChange ? book.recentChanges().stream().map(c -> new ChangeRow(
        calendar.moment(c.getChangedAt()), people.displayName(c.getChangedBy()), c.getWhat())).toList() : List.of());
    model.addAttribute("entry", entry);
    model.addAttribute("errors", new LinkedHashMap<>(errors));
    model.addAttribute("notice", notice);
    model.addAttribute("minDay", (selected != null && selected.getFirstDay().isAfter(today) ? selected.getFirstDay()
        : today).toString());
    model.addAttribute("maxDay", selected == null ? "" : selected.getLastDay().toString());
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    return "calendar/page";
  }

  private static String days(SchoolClosure c) {
    long n = c.getLastDay().toEpochDay() - c.getFirstDay().toEpochDay() + 1;
    return Messages.text("calendar.page.days", n);
  }

  private Long yearOf(LocalDate day, Long fallback) {
    return book.years().stream().filter(y -> y.contains(day)).map(SchoolYear::getId).findFirst().orElse(fallback);
  }

  private static String field(InvalidInputException refused) {
    return refused.getField() == null ? "form" : refused.getField();
  }

  private static String capitalized(String field) {
    return field.isEmpty() ? field : Character.toUpperCase(field.charAt(0)) + field.substring(1);
  }
}
