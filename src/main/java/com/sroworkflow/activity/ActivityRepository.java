package com.sroworkflow.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ActivityRepository extends JpaRepository<Activity, Long> {

  List<Activity> findByOfficerUsernameAndOccurredOnBetween(String officer, LocalDate from, LocalDate to);

  List<Activity> findBySchoolCodeAndOccurredOnBetween(String school, LocalDate from, LocalDate to);

  boolean existsByOfficerUsernameAndSchoolCodeAndKindAndOccurredOn(String officer, String school, Activity.Kind kind,
      LocalDate occurredOn);

  @Modifying
  @Query("delete from Activity a where a.removeAfter < ?1")
  int deleteExpired(Instant now);
}
