package com.sroworkflow.threat;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SroResponseRepository extends JpaRepository<SroResponse, Long> {

  List<SroResponse> findByThreatCaseIdOrderByIdAsc(Long threatCaseId);
}
