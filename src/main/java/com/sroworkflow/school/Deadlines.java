package com.sroworkflow.school;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Every deadline of every process, by what it is for ({@code sro.deadlines.*}), counted on the
 * district's {@link SchoolCalendar} from the application's clock. Models ask it by name, for a due
 * date and the boundary timer that guards it, for example
 * {@code camunda:dueDate="${deadlines.due('referralAcknowledgement')}"}; they hold no day counts.
 *
 * <p>A deadline is one of:
 * <ul>
 *   <li>{@code immediately};
 *   <li>{@code same school day}: by the end of today's school day, or of the next school day when the
 *       day has ended or is no school day;
 *   <li>{@code N school days}: by the end of the N-th school day after now (a report at 9 PM has the
 *       whole next school day);
 *   <li>{@code N school hours}: N hours of school time, so a deadline set in the evening runs from the
 *       next school day's start;
 *   <li>{@code N days}: N calendar days, moved to the next school day if it falls on none;
 *   <li>{@code R<n>/<ISO period>} (a reminder cycle such as {@code R3/P5D}): due when the first
 *       reminder comes, one period from now; its timer takes the cycle from {@link #reminders}.
 * </ul>
 */
@Component("deadlines")
public class Deadlines {

  /** {@code sro.deadlines}: each deadline's name (kebab case, as in application.yaml) and its rule. */
  @ConfigurationProperties("sro")
  public record Settings(Map<String, String> deadlines) {
    public Settings {
      deadlines = deadlines == null ? Map.of() : Map.copyOf(deadlines);
    }
  }

  private enum Kind { IMMEDIATELY, SAME_SCHOOL_DAY, SCHOOL_DAYS, SCHOOL_HOURS, DAYS, REMINDERS }

  private record Rule(Kind kind, int amount, Period period, String text) {}

  private static final Pattern COUNTED = Pattern.compile("(\\d+) (school days?|school hours?|days?)");
  private static final Pattern CYCLE = Pattern.compile("R\\d*/(P[0-9A-Z]+)");

  private final SchoolCalendar calendar;
  private final Map<String, Rule> rules = new HashMap<>();

  public Deadlines(SchoolCalendar calendar, Settings settings) {
    this.calendar = calendar;
    settings.deadlines().forEach((name, text) -> rules.put(name, parse(name, text.strip())));
  }

  /** When the named deadline falls, counted from now. */
  public Date due(String name) {
    return dueAfter(Date.from(calendar.now()), name);
  }

  /** When the named deadline falls, counted from the given moment (a review due once it has come due). */
  public Date dueAfter(Date from, String name) {
    Rule rule = rule(name);
    Instant at = from.toInstant();
    Instant due = switch (rule.kind()) {
      case IMMEDIATELY -> at;
      case SAME_SCHOOL_DAY -> calendar.endOf(calendar.currentOrNextSchoolDay(at));
      case SCHOOL_DAYS -> calendar.endOf(calendar.nthSchoolDayAfter(at, rule.amount()));
      case SCHOOL_HOURS -> calendar.afterSchoolHours(at, Duration.ofHours(rule.amount()));
      case DAYS -> calendar.onASchoolDay(at.atZone(calendar.zone()).plusDays(rule.amount()).toInstant());
      case REMINDERS -> periodAfter(at, rule.period());
    };
    return Date.from(due);
  }

  /** The next follow-up review of a threat case, by its level of concern ({@code threat-review-high} ...). */
  public Date threatReview(String levelOfConcern) {
    return due("threatReview-" + levelOfConcern.toLowerCase(Locale.ROOT));
  }

  /** The reminder cycle (ISO 8601 repeating interval) of a deadline given as one, for its boundary timer. */
  public String reminders(String name) {
    Rule rule = rule(name);
    if (rule.kind() != Kind.REMINDERS) {
      throw new IllegalArgumentException("sro.deadlines." + kebab(name) + " is no reminder cycle: " + rule.text());
    }
    return rule.text();
  }

  /** A date-only deadline (a plan action due on a day) falls at the end of that day's school hours. */
  public Date endOfSchoolDay(LocalDate day) {
    return Date.from(calendar.endOf(day));
  }

  private Rule rule(String name) {
    Rule rule = rules.get(kebab(name));
    if (rule == null) {
      throw new IllegalArgumentException("No deadline sro.deadlines." + kebab(name) + " is configured");
    }
    return rule;
  }

  private static Instant periodAfter(Instant at, Period period) {
    return at.atZone(ZoneOffset.UTC).plus(period).toInstant();
  }

  /** The name in application.yaml (referral-acknowledgement) of the name a model asks for (referralAcknowledgement). */
  public static String kebab(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  private static Rule parse(String name, String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.equals("immediately")) {
      return new Rule(Kind.IMMEDIATELY, 0, null, text);
    }
    if (t.equals("same school day")) {
      return new Rule(Kind.SAME_SCHOOL_DAY, 0, null, text);
    }
    Matcher counted = COUNTED.matcher(t);
    if (counted.matches() && Integer.parseInt(counted.group(1)) > 0) {
      Kind kind = counted.group(2).startsWith("school day") ? Kind.SCHOOL_DAYS
          : counted.group(2).startsWith("school hour") ? Kind.SCHOOL_HOURS : Kind.DAYS;
      return new Rule(kind, Integer.parseInt(counted.group(1)), null, text);
    }
    Matcher cycle = CYCLE.matcher(text);
    if (cycle.matches()) {
      return new Rule(Kind.REMINDERS, 0, Period.parse(cycle.group(1)), text);
    }
    throw new IllegalArgumentException("sro.deadlines." + name + " must be 'immediately', 'same school day',"
        + " 'N school days', 'N school hours', 'N days' or a reminder cycle such as R3/P5D, not: " + text);
  }
}
