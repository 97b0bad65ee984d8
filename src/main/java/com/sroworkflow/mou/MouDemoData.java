package com.sroworkflow.mou;

import com.sroworkflow.school.SchoolCalendar;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Both demo schools hold a current MOU, signed before the school year and running from August 1 to the end of
 * July, renewed from last year's (kept on record). Loaded when missing, never twice.
 */
@Component
@Profile("!prod")
@Order(35)
class MouDemoData implements ApplicationRunner {

  private final MouRepository mous;
  private final SchoolCalendar calendar;

  MouDemoData(MouRepository mous, SchoolCalendar calendar) {
    this.mous = mous;
    this.calendar = calendar;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    LocalDate today = calendar.today();
    LocalDate starts = LocalDate.of(today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1, 8, 1);
    for (String school : new String[] {"LHS", "WMS"}) {
      if (mous.findBySchoolCodeOrderByExpiresOnDescIdDesc(school).isEmpty()) {
        for (LocalDate from : new LocalDate[] {starts.minusYears(1), starts}) {
          LocalDate expires = from.plusYears(1).minusDays(1);
          mous.save(new Mou(school, from.minusDays(20), from, expires, "MOU " + from.getYear() + "-" + school
              + " (city clerk's file)", "chief", null,
              expires.plusYears(10).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
      }
    }
  }
}
