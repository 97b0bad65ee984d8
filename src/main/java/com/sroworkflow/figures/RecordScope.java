package com.sroworkflow.figures;

import java.time.LocalDate;
import java.util.Set;

/**
 * Whose records, where and when: the days {@code from} to {@code to}, both included, in the district's
 * time zone; the records of {@code officer} (a username) when set, else of everyone; at the given schools
 * (codes), or at every school when the set is empty.
 */
public record RecordScope(String officer, Set<String> schoolCodes, LocalDate from, LocalDate to) {

  public RecordScope {
    schoolCodes = schoolCodes == null ? Set.of() : Set.copyOf(schoolCodes);
    if (from == null || to == null || to.isBefore(from)) {
      throw new IllegalArgumentException("A record scope needs a first day on or before its last day.");
    }
  }

  public boolean includesSchool(String schoolCode) {
    return schoolCodes.isEmpty() || schoolCodes.contains(schoolCode);
  }
}
