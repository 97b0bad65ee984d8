package com.sroworkflow.emergency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DrillRepository extends JpaRepository<Drill, Long> {

  Optional<Drill> findBySchoolCodeAndKindAndTermStarts(String schoolCode, Drill.Kind kind, LocalDate termStarts);

  List<Drill> findByHeldOnBetween(LocalDate from, LocalDate to);

  Optional<Drill> findByProcessInstanceId(String processInstanceId);

  @Modifying
  @Query("delete from Drill d where d.removeAfter < ?1")
  int deleteExpired(Instant now);
}
