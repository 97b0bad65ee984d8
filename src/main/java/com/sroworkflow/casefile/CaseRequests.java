package com.sroworkflow.casefile;

import com.sroworkflow.casefile.CaseListing.Sort;
import com.sroworkflow.system.InvalidInputException;
import java.util.Locale;
import java.util.Set;

/** The case lists' query parameters as the pages and the API take them, checked before anything is read. */
final class CaseRequests {

  static final int DEFAULT_SIZE = 25;
  private static final Set<String> CLASSIFICATIONS = Set.of("TRANSIENT", "SERIOUS", "VERY_SERIOUS");

  private CaseRequests() {}

  static CaseFinder.Query query(String school, String kind, String status, String classification, String stage,
      Boolean overdue, Boolean waiting, String sort, Integer page, Integer size) {
    Boolean open = switch (blankToNull(status) == null ? "any" : status.strip().toLowerCase(Locale.ROOT)) {
      case "any" -> null;
      case "open" -> true;
      case "closed" -> false;
      default -> throw InvalidInputException.of("status", "casefile.status.status-open-closed-empty");
    };
    String c = blankToNull(classification);
    if (c != null && !CLASSIFICATIONS.contains(c)) {
      throw InvalidInputException.of("classification", "casefile.classification.classification-transient-serious-very");
    }
    String stageName = blankToNull(stage);
    if (stageName != null && stageName.length() > 200) {
      throw InvalidInputException.of("stage", "casefile.stage.stage-name-task-up");
    }
    String order = blankToNull(sort) == null ? "-opened" : sort.strip();
    boolean descending = order.startsWith("-");
    Sort by = switch (descending ? order.substring(1) : order) {
      case "opened" -> Sort.OPENED;
      case "student" -> Sort.STUDENT;
      case "school" -> Sort.SCHOOL;
      default -> throw InvalidInputException.of("sort", "casefile.sort.sort-opened-student-school");
    };
    int p = page == null ? 1 : page;
    int s = size == null ? DEFAULT_SIZE : size;
    if (p < 1) {
      throw InvalidInputException.of("page", "casefile.page.pages-counted");
    }
    if (s < 1 || s > CaseFinder.MAX_PAGE_SIZE) {
      throw InvalidInputException.of("size", "casefile.size.page-cases", CaseFinder.MAX_PAGE_SIZE);
    }
    return new CaseFinder.Query(blankToNull(school), blankToNull(kind), open, c, stageName,
        Boolean.TRUE.equals(overdue), Boolean.TRUE.equals(waiting), by, descending, p - 1, s);
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
