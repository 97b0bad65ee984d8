package com.sroworkflow.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ConferenceRepository extends JpaRepository<Conference, Long> {

  List<Conference> findByHeldOnBetween(LocalDate from, LocalDate to);

  @Modifying
  @Query("delete from Conference c where c.removeAfter < ?1")
  int deleteExpired(Instant now);
}
