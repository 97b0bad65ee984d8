package com.sroworkflow.policereport;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Collection;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface PoliceReportRepository extends JpaRepository<PoliceReport, Long>, JpaSpecificationExecutor<PoliceReport> {

  List<PoliceReport> findByProcessInstanceIdIn(Collection<String> processInstanceIds);

  List<PoliceReport> findByThreatCaseIdInAndSchoolCodeIn(Collection<Long> threatCaseIds, Collection<String> schools);

  List<PoliceReport> findByThreatCaseId(Long threatCaseId);

  Optional<PoliceReport> findFirstBySchoolCodeAndReportNumberOrderByIdDesc(String schoolCode, String reportNumber);

  /** The reports of these schools, newest first: the reports an SRO of them may disclose. */
  List<PoliceReport> findBySchoolCodeInOrderByIdDesc(Collection<String> schools);

  @Modifying
  @Transactional
  @Query("delete from PoliceReport r where r.removeAfter < :now")
  int deleteExpired(@Param("now") Instant now);
}
