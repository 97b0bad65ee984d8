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
  @Query("delete from Notification n where n.status <> com.sroworkflow.notification.Notification.Status.PENDING"
      + " and n.createdAt < :before")
  int deleteDeliveredBefore(@Param("before") Instant before);
}
