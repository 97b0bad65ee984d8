package com.sroworkflow.threat;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SelfHarmScreeningRepository extends JpaRepository<SelfHarmScreening, Long> {

  List<SelfHarmScreening> findByThreatCaseIdOrderByIdAsc(Long threatCaseId);
}
