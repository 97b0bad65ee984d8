package com.sroworkflow.school;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the stored school calendar for {@link SchoolCalendar}: the school years and every closure, in one go. */
@Component
class StoredSchoolDays implements Supplier<SchoolCalendar.Stored> {

  private final SchoolYearRepository years;
  private final SchoolClosureRepository closures;

  StoredSchoolDays(SchoolYearRepository years, SchoolClosureRepository closures) {
    this.years = years;
    this.closures = closures;
  }

  @Override
  @Transactional(readOnly = true)
  public SchoolCalendar.Stored get() {
    return SchoolCalendar.Stored.of(years.findAllByOrderByFirstDayAsc(), closures.findAllByOrderByFirstDayAsc());
  }
}
