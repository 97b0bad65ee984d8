package com.sroworkflow.abuse;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AbuseReportRepository extends JpaRepository<AbuseReport, Long> {

  Optional<AbuseReport> findByProcessInstanceId(String processInstanceId);

  List<AbuseReport> findByReportedAtGreaterThanEqualAndReportedAtLessThan(Instant from, Instant to);

  List<AbuseReport> findByRemoveAfterBefore(Instant now);
}
