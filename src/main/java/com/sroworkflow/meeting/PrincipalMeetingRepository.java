package com.sroworkflow.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PrincipalMeetingRepository extends JpaRepository<PrincipalMeeting, Long> {

  Optional<PrincipalMeeting> findBySchoolCodeAndWeekOf(String schoolCode, LocalDate weekOf);

  List<PrincipalMeeting> findByMetOnBetween(LocalDate from, LocalDate to);

  @Modifying
  @Query("delete from PrincipalMeeting m where m.removeAfter < ?1")
  int deleteExpired(Instant now);
}
