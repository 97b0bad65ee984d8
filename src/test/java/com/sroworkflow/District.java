package com.sroworkflow;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The district's day, as the forms and the steps mean "today": the school calendar's zone
 * ({@code sro.school-calendar.zone}, America/New_York in application.yaml, which the tests keep). The server's
 * {@code LocalDate.now()} is a day ahead of New York from 7 PM there (UTC midnight), when a date of "today" is
 * refused as being in the future: tests that read the server's day failed every evening.
 */
public final class District {

  public static final ZoneId ZONE = ZoneId.of("America/New_York");

  private District() {}

  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }
}
