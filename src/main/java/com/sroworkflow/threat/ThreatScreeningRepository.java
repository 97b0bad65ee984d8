package com.sroworkflow.threat;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThreatScreeningRepository extends JpaRepository<ThreatScreening, Long> {

  Optional<ThreatScreening> findByThreatCaseId(Long threatCaseId);
}
