package com.sroworkflow.referral;

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

public interface ReferralRepository extends JpaRepository<Referral, Long>, JpaSpecificationExecutor<Referral> {

  List<Referral> findByProcessInstanceIdIn(Collection<String> processInstanceIds);

  Optional<Referral> findByProcessInstanceId(String processInstanceId);

  /** Removes the closed referrals whose retention period has passed. */
  @Modifying
  @Transactional
  @Query("delete from Referral r where r.removeAfter < :now")
  int deleteExpired(@Param("now") Instant now);
}
