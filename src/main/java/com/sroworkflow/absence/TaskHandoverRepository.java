package com.sroworkflow.absence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TaskHandoverRepository extends JpaRepository<TaskHandover, Long> {

  List<TaskHandover> findByAbsenceId(Long absenceId);

  @Modifying
  @Query("delete from TaskHandover h where h.removeAfter is not null and h.removeAfter < ?1")
  int deleteExpired(Instant now);
}
