package com.sroworkflow.removal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SroRemovalRepository extends JpaRepository<SroRemoval, Long> {

  Optional<SroRemoval> findByProcessInstanceId(String processInstanceId);

  @Modifying
  @Query("delete from SroRemoval r where r.removeAfter is not null and r.removeAfter < ?1")
  int deleteExpired(Instant now);
}
