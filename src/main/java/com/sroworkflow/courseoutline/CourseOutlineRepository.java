package com.sroworkflow.courseoutline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CourseOutlineRepository extends JpaRepository<CourseOutline, Long> {

  Optional<CourseOutline> findByProcessInstanceId(String processInstanceId);

  List<CourseOutline> findBySchoolCodeOrderByIdAsc(String schoolCode);

  @Modifying
  @Query("delete from CourseOutline o where o.removeAfter is not null and o.removeAfter < ?1")
  int deleteExpired(Instant now);
}
