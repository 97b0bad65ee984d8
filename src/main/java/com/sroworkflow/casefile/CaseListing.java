package com.sroworkflow.casefile;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * One kind of student case (threat case, referral, police report) as the case lists, the student search and
 * the case file read it: the capability that keeps the records implements it over its own tables, with the
 * filters pushed down to its indexes. Callers have already cut the schools to the ones the person acts for and
 * the kinds to the ones their role reads ({@link CaseFinder}); a listing answers for the schools it is given.
 */
public interface CaseListing {

  /** The kind: its id in URLs and filters, its label, its process, and whether it is a police record. */
  Kind kind();

  /** The page's rows in the filter's order, at most {@code limit}, and how many rows match in all. */
  Slice list(Filter filter, int limit);

  /** The rows of these cases (process instance ids), in no particular order; absent ids are left out. */
  List<Row> rows(Collection<String> caseIds);

  /** Students whose district id is {@code text}, or whose name starts with the normalized {@code nameKey}. */
  List<Student> students(String text, String nameKey, Collection<String> schools, int limit);

  /** Every case of the student (by district student id) at these schools. */
  List<Row> ofStudent(String districtStudentId, Collection<String> schools);

  /** What the case file shows about the case beyond its row: the values that matter, as label and text. */
  List<Fact> facts(String caseId);

  /**
   * Records of this kind that belong to another case ({@code caseId}, of another kind) but are kept elsewhere: a
   * police report filed on a threat case that moved to another school stays with the police department and is
   * listed here, as facts, for the people whose role reads this kind (the case file asks only then).
   */
  default List<Fact> linkedTo(String caseId) {
    return List.of();
  }

  /** Which of these cases still have their record (the others were removed by retention). */
  Set<String> existing(Collection<String> caseIds);

  /**
   * @param id         "threat", "referral", "police"
   * @param processKey the process whose top-level instances (or called instances) are these cases
   * @param police     a law-enforcement record (FERPA): only police roles read it
   * @param links      the case file's links to further work on this kind ("documents", "transfer", "reassess")
   */
  record Kind(String id, String label, String processKey, boolean police, List<String> links) {}

  enum Sort { OPENED, STUDENT, SCHOOL }

  /**
   * @param open           true open cases only, false closed ones only, null both
   * @param classification a threat classification (its enum name), or null
   * @param caseIds        only these cases (from the engine's filters: stage, overdue, waiting), or null for any
   */
  record Filter(Collection<String> schools, Boolean open, String classification, Set<String> caseIds, Sort sort,
      boolean descending) {}

  record Slice(List<Row> rows, long total) {}

  /**
   * One case as the lists show it.
   *
   * @param number        the record's number in its capability (threat case 12, referral 40, police report number)
   * @param relatedCaseId the case it belongs to (a police report's or a called referral's threat case), or null
   */
  record Row(String caseId, String kind, String kindLabel, String number, String school, String studentName,
      String districtStudentId, String grade, Instant opened, Instant closed, String status, String classification,
      String level, String relatedCaseId) {

    public boolean open() {
      return closed == null;
    }
  }

  record Student(String districtStudentId, String name, String grade, String school) {}

  record Fact(String label, String value) {}
}
