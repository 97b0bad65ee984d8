package com.sroworkflow.tip;

import com.sroworkflow.school.School;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.security.Messages;
import com.sroworkflow.system.EngineClock;
import com.sroworkflow.system.InvalidInputException;
import com.sroworkflow.system.PlainText;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of a tip from the public: what it must say, what it may say, and the limits on both;
 * a tip that passes is stored and starts a threat case in its school, in one transaction, so a tip
 * is never stored without its case nor a case started without its tip.
 */
@Service
class Tips {

  /** A refused answer: the field, as the page and the API name it, and what to do about it. */
  public record Problem(String field, String message) {}

  static final int BEHAVIOUR_MAX = 4000;
  static final int LOCATION_MAX = 300;
  static final int NAME_MAX = 160;
  static final int CONTACT_MAX = 200;
  static final List<String> GRADES = List.of("K", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");

  /** No 0/O, 1/I/L: a receipt read out on the phone is not misheard. 31^10 is about 8 * 10^14. */
  private static final String RECEIPT_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  private static final int RECEIPT_LENGTH = 10;
  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US);
  private static final DateTimeFormatter US_TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

  private final TipRepository tips;
  private final Schools schools;
  private final SchoolCalendar calendar;
  private final StartThreatCase cases;
  private final SecureRandom random = new SecureRandom();

  Tips(TipRepository tips, Schools schools, SchoolCalendar calendar, StartThreatCase cases) {
    this.tips = tips;
    this.schools = schools;
    this.calendar = calendar;
    this.cases = cases;
  }

  /** The schools a tip can be about, by name. */
  public List<School> schools() {
    return schools.all();
  }

  /** What is wrong with the tip, in the order of the page's fields; empty when it can be sent. */
  public List<Problem> problems(NewTip raw) {
    NewTip t = raw.normalized();
    List<Problem> problems = new ArrayList<>();
    if (t.schoolCode() == null) {
      problems.add(new Problem("schoolCode", Messages.text("tip.choose-school")));
    } else if (schools.all().stream().noneMatch(s -> s.getCode().equals(t.schoolCode()))) {
      // The code is not repeated: it came from outside and may be anything.
      problems.add(new Problem("schoolCode", Messages.text("tip.choose-school-list")));
    }
    if (t.threatBehaviour() == null) {
      problems.add(new Problem("threatBehaviour", Messages.text("tip.tell-us-what-said")));
    } else {
      text(problems, "threatBehaviour", t.threatBehaviour(), BEHAVIOUR_MAX, true);
    }
    LocalDate date = null;
    if (t.incidentDate() == null) {
      problems.add(new Problem("incidentDate", Messages.text("tip.enter-date-happened")));
    } else {
      date = date(t.incidentDate());
      if (date == null) {
        problems.add(new Problem("incidentDate", Messages.text("tip.enter-date-happened-real", US_DATE.format(calendar.today()))));
      } else if (date.isAfter(calendar.today())) {
        problems.add(new Problem("incidentDate", Messages.text("tip.date-happened-future")));
      }
    }
    if (t.incidentTime() != null) {
      LocalTime time = time(t.incidentTime());
      if (time == null) {
        problems.add(new Problem("incidentTime", Messages.text("tip.enter-time-like-pm")));
      } else if (calendar.today().equals(date) && time.isAfter(LocalTime.from(EngineClock.now().atZone(calendar.zone())))) {
        problems.add(new Problem("incidentTime", Messages.text("tip.time-happened-future")));
      }
    }
    text(problems, "incidentLocation", t.incidentLocation(), LOCATION_MAX, false);
    text(problems, "studentName", t.studentName(), NAME_MAX, false);
    if (t.studentGrade() != null && !GRADES.contains(t.studentGrade())) {
      problems.add(new Problem("studentGrade", Messages.text("tip.choose-grade-list-leave")));
    }
    text(problems, "reporterName", t.reporterName(), NAME_MAX, false);
    text(problems, "reporterContact", t.reporterContact(), CONTACT_MAX, false);
    return problems;
  }

  /**
   * Stores the tip and starts its threat case as a system action. Refuses a tip with a problem,
   * naming the first field, and stores nothing then.
   */
  @Transactional
  public Tip submit(NewTip raw) {
    List<Problem> problems = problems(raw);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems.get(0).field(), problems.get(0).message());
    }
    NewTip t = raw.normalized();
    NewTip stored = new NewTip(t.schoolCode(), t.threatBehaviour(), date(t.incidentDate()).toString(),
        t.incidentTime() == null ? null : time(t.incidentTime()).toString(), t.incidentLocation(), t.studentName(),
        t.studentGrade(), t.reporterName(), t.reporterContact());
    Tip tip = tips.saveAndFlush(new Tip(newReceipt(), stored, EngineClock.now()));
    tip.startedCase(cases.start(tip));
    return tip;
  }

  private String newReceipt() {
    while (true) {
      StringBuilder b = new StringBuilder(RECEIPT_LENGTH);
      for (int i = 0; i < RECEIPT_LENGTH; i++) {
        b.append(RECEIPT_ALPHABET.charAt(random.nextInt(RECEIPT_ALPHABET.length())));
      }
      String receipt = b.toString();
      if (!tips.existsByReceipt(receipt)) {
        return receipt;
      }
    }
  }

  private static final Set<Character> LINE_BREAKS = Set.of('\n', '\r', '\t');

  private static void text(List<Problem> problems, String field, String value, int max,
      boolean multiline) {
    if (value == null) {
      return;
    }
    if (value.codePoints().anyMatch(c -> Character.isISOControl(c) && !(multiline && LINE_BREAKS.contains((char) c)))) {
      problems.add(new Problem(field, Messages.text(multiline ? "tip.control-character" : "tip.control-character-or-line-break", Messages.text("tip.label." + field))));
      return;
    }
    if (value.length() > max) {
      problems.add(new Problem(field, Messages.text("tip.too-long", Messages.text("tip.label." + field), max)));
      return;
    }
    try {
      PlainText.check(field, Messages.text("tip.label." + field), value);
    } catch (InvalidInputException e) {
      problems.add(new Problem(field, e.getMessage()));
    }
  }

  private static LocalDate date(String s) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(s, US_DATE);
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  private static LocalTime time(String s) {
    if (s.matches("\\d{2}:\\d{2}")) {
      try {
        return LocalTime.parse(s);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    try {
      return LocalTime.parse(s.toUpperCase(Locale.US), US_TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
