package com.sroworkflow.threat;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SafetyPlanRepository extends JpaRepository<SafetyPlan, Long> {

  Optional<SafetyPlan> findByThreatCaseId(Long threatCaseId);
}
