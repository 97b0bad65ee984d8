package com.sroworkflow.absence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SroAbsenceRepository extends JpaRepository<SroAbsence, Long> {

  Optional<SroAbsence> findByProcessInstanceId(String processInstanceId);

  List<SroAbsence> findByOfficerUsernameOrderByFirstDayAsc(String officer);

  @Query("select a from SroAbsence a where a.coverOfficer is not null"
      + " and a.firstDay <= ?2 and a.lastDay >= ?1")
  List<SroAbsence> coveredBetween(LocalDate from, LocalDate to);

  @Modifying
  @Query("delete from SroAbsence a where a.removeAfter is not null and a.removeAfter < ?1")
  int deleteExpired(Instant now);
}
