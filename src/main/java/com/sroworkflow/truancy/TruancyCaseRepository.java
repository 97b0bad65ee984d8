package com.sroworkflow.truancy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface TruancyCaseRepository extends JpaRepository<TruancyCase, Long> {

  Optional<TruancyCase> findByProcessInstanceId(String processInstanceId);

  @Query("select c from TruancyCase c where c.openedAt < ?2 and (c.closedAt is null or c.closedAt >= ?1)")
  List<TruancyCase> activeBetween(Instant from, Instant to);

  @Modifying
  @Query("delete from TruancyCase c where c.removeAfter is not null and c.removeAfter < ?1")
  int deleteExpired(Instant now);
}
