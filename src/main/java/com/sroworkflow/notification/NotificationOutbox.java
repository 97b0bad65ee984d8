package com.sroworkflow.notification;

import com.sroworkflow.identity.Roles;
import com.sroworkflow.security.CurrentUser;
import com.sroworkflow.security.Messages;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The outbox for administrators: every notification, newest first, with its delivery state. Without
 * a mail server this is where the messages are read; with one, it shows what is still waiting, and what
 * FAILED when its retries ran out, which an administrator retries ({@code POST /api/notifications/{id}/retry}).
 */
@RestController
@RequestMapping("/api/notifications")
class NotificationOutbox {

  private final NotificationRepository repository;
  private final DeliveryAttempts attempts;
  private final CurrentUser user;

  NotificationOutbox(NotificationRepository repository, DeliveryAttempts attempts, CurrentUser user) {
    this.repository = repository;
    this.attempts = attempts;
    this.user = user;
  }

  record Entry(Long id, String recipient, String recipientEmail, String subject, String body, String link,
      String caseRef, String processInstanceId, Notification.Status status, int attempts, String lastError,
      Instant createdAt, Instant sentAt, Instant nextAttemptAt) {

    static Entry of(Notification n) {
      return new Entry(n.getId(), n.getRecipientUsername(), n.getRecipientEmail(), n.getSubject(), n.getBody(),
          n.getLink(), n.getCaseRef(), n.getProcessInstanceId(), n.getStatus(), n.getAttempts(), n.getLastError(),
          n.getCreatedAt(), n.getSentAt(), n.getNextAttemptAt());
    }
  }

  /**
   * Sends a FAILED notification again: pending, due now, delivered by the next poll of any node. 404 for an id
   * that is not a failed notification (sent, pending, unknown): nothing changes.
   */
  @PostMapping("/{id}/retry")
  ResponseEntity<Void> retry(@PathVariable long id) {
    user.requireGroup(Roles.ADMIN);
    if (!attempts.retry(id)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("notification.no-failed", id));
    }
    return ResponseEntity.noContent().build();
  }

  @GetMapping
  List<Entry> latest(@RequestParam(defaultValue = "50") int limit) {
    user.requireGroup(Roles.ADMIN);
    if (limit < 1 || limit > 500) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, Messages.text("notification.limit-between"));
    }
    return repository.findAllByOrderByIdDesc(PageRequest.of(0, limit)).stream().map(Entry::of).toList();
  }
}
