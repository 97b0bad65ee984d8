package com.sroworkflow.threat;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThreatReviewRepository extends JpaRepository<ThreatReview, Long> {

  List<ThreatReview> findByThreatCaseIdOrderByReviewNumberAsc(Long threatCaseId);
}
