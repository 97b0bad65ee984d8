package com.sroworkflow.emergency;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * What a district may set differently about emergency planning ({@code sro.emergency.*}): when its school year
 * starts, its terms (the drills of each kind are held once per term), the kinds of drill, how long records stay.
 */
@Component
@ConfigurationProperties("sro.emergency")
class EmergencySettings {

  /** A term of the school year, by month and day ("08-15" to "12-22"); a term may run into the next year. */
  public static class Term {
    private String name;
    private String starts;
    private String ends;

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getStarts() {
      return starts;
    }

    public void setStarts(String starts) {
      this.starts = starts;
    }

    public String getEnds() {
      return ends;
    }

    public void setEnds(String ends) {
      this.ends = ends;
    }
  }

  /** A term in a given year: its first and last day. */
  record Dated(String name, LocalDate starts, LocalDate ends) {}

  private String schoolYearStarts = "08-01";
  private List<Term> terms = List.of();
  private List<Drill.Kind> drills = List.of(Drill.Kind.values());
  private Period keptFor = Period.ofDays(1825);

  /** The school year a day belongs to, by the year it starts in (Dec 3, 2026 is in school year 2026). */
  int schoolYearOf(LocalDate day) {
    MonthDay start = MonthDay.parse("--" + schoolYearStarts);
    return day.isBefore(start.atYear(day.getYear())) ? day.getYear() - 1 : day.getYear();
  }

  /** The term the day falls in, if any (none in the summer break). */
  Optional<Dated> termOf(LocalDate day) {
    for (Term t : terms) {
      for (int year : new int[] {day.getYear() - 1, day.getYear()}) {
        LocalDate from = MonthDay.parse("--" + t.getStarts()).atYear(year);
        LocalDate to = MonthDay.parse("--" + t.getEnds()).atYear(year);
        if (to.isBefore(from)) {
          to = to.plusYears(1);
        }
        if (!day.isBefore(from) && !day.isAfter(to)) {
          return Optional.of(new Dated(t.getName(), from, to));
        }
      }
    }
    return Optional.empty();
  }

  public String getSchoolYearStarts() {
    return schoolYearStarts;
  }

  public void setSchoolYearStarts(String schoolYearStarts) {
    this.schoolYearStarts = schoolYearStarts;
  }

  public List<Term> getTerms() {
    return terms;
  }

  public void setTerms(List<Term> terms) {
    this.terms = List.copyOf(terms);
  }

  public List<Drill.Kind> getDrills() {
    return drills;
  }

  public void setDrills(List<Drill.Kind> drills) {
    this.drills = List.copyOf(drills);
  }

  public Period getKeptFor() {
    return keptFor;
  }

  public void setKeptFor(Period keptFor) {
    this.keptFor = keptFor;
  }
}
