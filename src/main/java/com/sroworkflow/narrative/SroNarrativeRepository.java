package com.sroworkflow.narrative;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SroNarrativeRepository extends JpaRepository<SroNarrative, Long> {

  Optional<SroNarrative> findByOfficerUsernameAndMonth(String officer, String month);

  List<SroNarrative> findByMonthBetweenOrderByMonthAscOfficerUsernameAsc(String from, String to);

  @Modifying
  @Query("delete from SroNarrative n where n.removeAfter is not null and n.removeAfter < ?1")
  int deleteExpired(Instant now);
}
