package com.sroworkflow.interrogation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface InterrogationRepository extends JpaRepository<Interrogation, Long> {

  Optional<Interrogation> findByProcessInstanceId(String processInstanceId);

  List<Interrogation> findByOpenedAtGreaterThanEqualAndOpenedAtLessThan(Instant from, Instant to);

  @Modifying
  @Transactional
  @Query("delete from Interrogation i where i.removeAfter < :now")
  int deleteExpired(@Param("now") Instant now);
}
