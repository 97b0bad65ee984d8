package com.sroworkflow.threat;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThreatCaseRemarkRepository extends JpaRepository<ThreatCaseRemark, Long> {

  List<ThreatCaseRemark> findByThreatCaseIdOrderByIdAsc(Long threatCaseId);
}
