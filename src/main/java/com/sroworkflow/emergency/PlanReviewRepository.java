package com.sroworkflow.emergency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PlanReviewRepository extends JpaRepository<PlanReview, Long> {

  Optional<PlanReview> findBySchoolCodeAndSchoolYear(String schoolCode, int schoolYear);

  List<PlanReview> findByReviewedOnBetween(LocalDate from, LocalDate to);

  Optional<PlanReview> findByProcessInstanceId(String processInstanceId);

  @Modifying
  @Query("delete from PlanReview r where r.removeAfter < ?1")
  int deleteExpired(Instant now);
}
