package com.sroworkflow.threat;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThreatClassificationRepository extends JpaRepository<ThreatClassification, Long> {

  Optional<ThreatClassification> findByThreatCaseId(Long threatCaseId);
}
