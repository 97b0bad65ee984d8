package com.sroworkflow.incident;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface IncidentRepository extends JpaRepository<Incident, Long> {

  Optional<Incident> findByProcessInstanceId(String processInstanceId);

  List<Incident> findByReportedAtGreaterThanEqualAndReportedAtLessThan(Instant from, Instant to);

  @Modifying
  @Transactional
  @Query("delete from Incident i where i.removeAfter < :now")
  int deleteExpired(@Param("now") Instant now);
}
