package com.sroworkflow.threat;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThreatRoundRepository extends JpaRepository<ThreatRound, Long> {

  List<ThreatRound> findByThreatCaseIdOrderByIdDesc(Long threatCaseId);

  List<ThreatRound> findByInstanceIdOrPreviousInstanceIdOrderByIdAsc(String instanceId, String previousInstanceId);
}
