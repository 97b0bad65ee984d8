package com.sroworkflow.report;

import com.sroworkflow.system.InvalidInputException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter such as 2026-Q4, from its first day to its last. */
public record Quarter(int year, int number) {

  private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

  public static Quarter of(LocalDate day) {
    return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
  }

  public static Quarter parse(String text, LocalDate today) {
    if (text == null || text.isBlank()) {
      return of(today);
    }
    Matcher m = TEXT.matcher(text.strip());
    if (!m.matches()) {
      throw new InvalidInputException("quarter", "The quarter is written like 2026-Q4.");
    }
    int year = Integer.parseInt(m.group(1));
    if (year < 2000 || year > 2100) {
      throw new InvalidInputException("quarter", "The quarter's year must be from 2000 to 2100.");
    }
    return new Quarter(year, Integer.parseInt(m.group(2)));
  }

  public LocalDate first() {
    return LocalDate.of(year, (number - 1) * 3 + 1, 1);
  }

  public LocalDate last() {
    return first().plusMonths(3).minusDays(1);
  }

  public Quarter previous() {
    return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
  }

  public Quarter next() {
    return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
  }

  public Instant start(ZoneId zone) {
    return first().atStartOfDay(zone).toInstant();
  }

  public Instant end(ZoneId zone) {
    return last().plusDays(1).atStartOfDay(zone).toInstant();
  }

  @Override
  public String toString() {
    return year + "-Q" + number;
  }
}
