package com.sroworkflow.notification;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

  List<Notification> findByProcessInstanceIdOrderByIdAsc(String processInstanceId);

  List<Notification> findByRecipientUsernameOrderByIdAsc(String recipientUsername);

  List<Notification> findAllByOrderByIdDesc(Pageable page);
}
