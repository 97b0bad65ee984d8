package com.sroworkflow.threat;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThreatReferralRequestRepository extends JpaRepository<ThreatReferralRequest, Long> {

  Optional<ThreatReferralRequest> findByThreatCaseId(Long threatCaseId);
}
