package com.sroworkflow.selection;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

  Optional<Recommendation> findByApplicationId(Long applicationId);

  void deleteByApplicationId(Long applicationId);
}
