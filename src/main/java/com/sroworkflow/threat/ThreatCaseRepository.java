package com.sroworkflow.threat;

import java.time.Instant;
import java.util.Optional;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

interface ThreatCaseRepository extends JpaRepository<ThreatCase, Long>, JpaSpecificationExecutor<ThreatCase> {

  List<ThreatCase> findByProcessInstanceIdIn(Collection<String> processInstanceIds);

  List<ThreatCase> findByDistrictStudentIdAndSchoolCodeIn(String districtStudentId, Collection<String> schools);

  Optional<ThreatCase> findByProcessInstanceId(String processInstanceId);

  /** The closed cases of these schools, newest first: the cases a review can be asked for. */
  List<ThreatCase> findBySchoolCodeInAndClosedAtIsNotNullOrderByIdDesc(Collection<String> schools);

  /** Removes the closed cases whose retention period has passed; their records go with them (on delete cascade). */
  @Modifying
  @Transactional
  @Query("delete from ThreatCase c where c.removeAfter < :now")
  int deleteExpired(@Param("now") Instant now);
}
