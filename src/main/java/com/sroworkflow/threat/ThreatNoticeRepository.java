package com.sroworkflow.threat;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThreatNoticeRepository extends JpaRepository<ThreatNotice, Long> {

  List<ThreatNotice> findByThreatCaseIdOrderByIdAsc(Long threatCaseId);
}
