package com.sroworkflow.mou;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MouRepository extends JpaRepository<Mou, Long> {

  List<Mou> findBySchoolCodeOrderByExpiresOnDescIdDesc(String schoolCode);

  List<Mou> findByProcessInstanceId(String processInstanceId);

  @Modifying
  @Query("delete from Mou m where m.removeAfter < ?1")
  int deleteExpired(Instant now);
}
