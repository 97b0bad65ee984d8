package com.sroworkflow.referral;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface ReferralRepository extends JpaRepository<Referral, Long>, JpaSpecificationExecutor<Referral> {

  List<Referral> findByProcessInstanceIdIn(Collection<String> processInstanceIds);

  Optional<Referral> findByProcessInstanceId(String processInstanceId);

  /**
   * The referral, its row locked until the transaction ends: the principal's acknowledgement and the escalation's
   * claim ({@link #claimEscalation}) of one referral happen one after the other, never both unseen by the other.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  // Not "join fetch r.agency": PostgreSQL locks no outer join's nullable side, and Hibernate then locks the row
  // (and the agency's) in statements of their own.
  @Query("select r from Referral r where r.id = :id")
  Optional<Referral> findLockedById(@Param("id") Long id);

  /**
   * Claims the escalation of the acknowledgement task created at {@code taskCreated}: marks the referral escalated
   * unless it is acknowledged or was escalated since that task was created (a transferred referral's new task
   * escalates anew). One update: of two nodes, the second waits for the first's row lock and then finds it done.
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update Referral r set r.escalatedAt = :now where r.processInstanceId = :processInstanceId"
      + " and r.acknowledgedAt is null and (r.escalatedAt is null or r.escalatedAt < :taskCreated)")
  int claimEscalation(@Param("processInstanceId") String processInstanceId, @Param("now") Instant now,
      @Param("taskCreated") Instant taskCreated);

  /** Removes the closed referrals whose retention period has passed. */
  @Modifying
  @Transactional
  @Query("delete from Referral r where r.removeAfter < :now")
  int deleteExpired(@Param("now") Instant now);
}
