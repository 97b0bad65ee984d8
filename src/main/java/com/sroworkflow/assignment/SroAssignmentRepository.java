package com.sroworkflow.assignment;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SroAssignmentRepository extends JpaRepository<SroAssignment, Long> {

  List<SroAssignment> findBySchoolCodeOrderByStartsOnAscIdAsc(String schoolCode);

  List<SroAssignment> findByOfficerUsernameOrderByStartsOnAscIdAsc(String officerUsername);

  @Modifying
  @Query("delete from SroAssignment a where a.removeAfter is not null and a.removeAfter < ?1")
  int deleteExpired(Instant now);
}
