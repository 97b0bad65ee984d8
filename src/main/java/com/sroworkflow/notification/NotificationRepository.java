package com.sroworkflow.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

  List<Notification> findByProcessInstanceIdOrderByIdAsc(String processInstanceId);

  List<Notification> findByRecipientUsernameOrderByIdAsc(String recipientUsername);

  List<Notification> findAllByOrderByIdDesc(Pageable page);

  @Modifying
  @Transactional
  @Query("delete from Notification n where n.status in (com.sroworkflow.notification.Notification.Status.SENT,"
      + " com.sroworkflow.notification.Notification.Status.LOGGED) and n.createdAt < :before")
  int deleteDeliveredBefore(@Param("before") Instant before);

  /** Pending notifications due at {@code now} that no node holds, oldest first. */
  @Query("select n.id from Notification n where n.status = com.sroworkflow.notification.Notification.Status.PENDING"
      + " and (n.nextAttemptAt is null or n.nextAttemptAt <= :now) and (n.lockedUntil is null or n.lockedUntil < :now)"
      + " order by n.id")
  List<Long> due(@Param("now") Instant now, Pageable page);

  /**
   * Claims a due notification for {@code node} until {@code until}, in a transaction of its own: 1 if this node
   * has it now, 0 if another node holds it, it is delivered, or it is not due. Two nodes updating the same row
   * are serialized by the database's row lock; the second finds the first's claim and updates nothing.
   */
  @Modifying
  @Transactional
  @Query("update Notification n set n.lockedBy = :node, n.lockedUntil = :until where n.id = :id"
      + " and n.status = com.sroworkflow.notification.Notification.Status.PENDING"
      + " and (n.nextAttemptAt is null or n.nextAttemptAt <= :now) and (n.lockedUntil is null or n.lockedUntil < :now)")
  int claim(@Param("id") Long id, @Param("node") String node, @Param("now") Instant now,
      @Param("until") Instant until);
}
