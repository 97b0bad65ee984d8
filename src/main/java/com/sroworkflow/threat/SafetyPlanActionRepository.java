package com.sroworkflow.threat;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SafetyPlanActionRepository extends JpaRepository<SafetyPlanAction, Long> {

  List<SafetyPlanAction> findByThreatCaseIdOrderByIdAsc(Long threatCaseId);

  List<SafetyPlanAction> findByThreatCaseIdAndRevisionOrderByIdAsc(Long threatCaseId, int revision);
}
