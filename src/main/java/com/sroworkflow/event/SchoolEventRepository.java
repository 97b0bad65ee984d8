package com.sroworkflow.event;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SchoolEventRepository extends JpaRepository<SchoolEvent, Long> {

  @Modifying
  @Query("delete from SchoolEvent e where e.removeAfter < ?1")
  int deleteExpired(Instant now);
}
