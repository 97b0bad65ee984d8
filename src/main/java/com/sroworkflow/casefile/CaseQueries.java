package com.sroworkflow.casefile;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The shared part of the {@link CaseListing}s' queries, so the three kinds filter, sort and page alike: the
 * list's filter as a JPA specification over an entity's own columns (school, open or closed, the engine's case
 * ids), the order, and the student lookups. Each listing names its columns.
 *
 * @param school  the school code attribute
 * @param opened  the attribute that says when the case was opened (the list's default order)
 * @param closed  the attribute set when the case closed, or null when every record is a finished one
 * @param student the normalized student name attribute, or null when the record has none of its own
 */
public record CaseQueries(String school, String opened, String closed, String student) {

  private static final int IN_CHUNK = 500;

  public <T> Specification<T> filter(CaseListing.Filter f) {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      where.add(root.get(school).in(f.schools()));
      if (f.open() != null && closed != null) {
        where.add(f.open() ? cb.isNull(root.get(closed)) : cb.isNotNull(root.get(closed)));
      } else if (Boolean.TRUE.equals(f.open())) {
        where.add(cb.disjunction());
      }
      if (f.caseIds() != null) {
        where.add(f.caseIds().isEmpty() ? cb.disjunction() : root.get("processInstanceId").in(f.caseIds()));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  /** The first {@code limit} rows in the filter's order (ties broken by id, so paging is stable). */
  public Pageable page(CaseListing.Filter f, int limit) {
    String by = switch (f.sort()) {
      case OPENED -> opened;
      case STUDENT -> student == null ? opened : student;
      case SCHOOL -> school;
    };
    Sort.Direction direction = f.descending() ? Sort.Direction.DESC : Sort.Direction.ASC;
    return PageRequest.of(0, Math.max(1, limit), Sort.by(direction, by).and(Sort.by(direction, "id")));
  }

  /** Records of a student: their district id at these schools. */
  public <T> Specification<T> ofStudent(String districtStudentId, Collection<String> schools) {
    return (root, query, cb) -> cb.and(cb.equal(root.get("districtStudentId"), districtStudentId),
        root.get(school).in(schools));
  }

  /** Records whose student has this district id, or whose name key starts with {@code nameKey}. */
  public <T> Specification<T> studentsLike(String text, String nameKey, Collection<String> schools) {
    return (root, query, cb) -> {
      Predicate byName = nameKey == null || nameKey.isEmpty() ? cb.disjunction()
          : cb.like(root.get(student), StudentNames.likePrefix(nameKey), '\\');
      return cb.and(root.get(school).in(schools), cb.or(cb.equal(root.get("districtStudentId"), text), byName));
    };
  }

  /** Records of these cases; a long id list is asked in chunks, not one statement per id. */
  public static <T> List<T> byCaseIds(Collection<String> caseIds,
      java.util.function.Function<Collection<String>, List<T>> query) {
    List<String> ids = List.copyOf(caseIds);
    List<T> all = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += IN_CHUNK) {
      all.addAll(query.apply(ids.subList(from, Math.min(ids.size(), from + IN_CHUNK))));
    }
    return all;
  }
}
