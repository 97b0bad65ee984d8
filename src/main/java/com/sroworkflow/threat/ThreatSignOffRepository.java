package com.sroworkflow.threat;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThreatSignOffRepository extends JpaRepository<ThreatSignOff, Long> {

  List<ThreatSignOff> findByThreatCaseIdOrderByIdAsc(Long threatCaseId);
}
