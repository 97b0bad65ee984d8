package com.sroworkflow.threat;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ThreatReviewRepository extends JpaRepository<ThreatReview, Long> {

  List<ThreatReview> findByThreatCaseIdOrderByReviewNumberAsc(Long threatCaseId);
}
