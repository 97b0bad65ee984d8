package com.sroworkflow.notification;

import com.sroworkflow.system.EngineClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One message to one person: the outbox row written in the same transaction as the step that
 * caused it, then delivered by {@link OutboxDelivery}, which retries it with a back-off. The row carries its
 * delivery state: the next attempt's time and, while a node sends it, that node's claim.
 */
@Entity
@Table(name = "notification")
public class Notification {

  /** PENDING until delivered (SENT, or LOGGED without a mail server or address); FAILED when the retries ran out. */
  public enum Status { PENDING, SENT, LOGGED, FAILED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recipient_username", nullable = false, length = 64)
  private String recipientUsername;

  @Column(name = "recipient_email", length = 254)
  private String recipientEmail;

  @Column(nullable = false, length = 300)
  private String subject;

  @Column(nullable = false, length = 10000)
  private String body;

  @Column(length = 1000)
  private String link;

  @Column(name = "case_ref", length = 120)
  private String caseRef;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status = Status.PENDING;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  /** When a pending notification is next due (null: now); set after a failed attempt. */
  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  /** The node sending it, until {@link #lockedUntil}: claimed with one update (NotificationRepository.claim). */
  @Column(name = "locked_by", length = 64)
  private String lockedBy;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  protected Notification() {}

  public Notification(String recipientUsername, String recipientEmail, String subject, String body,
      String link, String caseRef, String processInstanceId) {
    this.recipientUsername = recipientUsername;
    this.recipientEmail = recipientEmail;
    this.subject = subject;
    this.body = body;
    this.link = link;
    this.caseRef = caseRef;
    this.processInstanceId = processInstanceId;
    this.createdAt = EngineClock.now();
  }

  /** The Message-ID every delivery attempt of this notification carries, so a resend is recognisable. */
  public String messageId() {
    return "<notification-" + id + "@sro-workflow>";
  }

  void delivered(Status how) {
    status = how;
    sentAt = EngineClock.now();
    lastError = null;
    nextAttemptAt = null;
    released();
  }

  /** A failed attempt: tried again at {@code next}, or FAILED when next is null (the retries ran out). */
  void attempted(String error, Instant next) {
    attempts++;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    nextAttemptAt = next;
    if (next == null) {
      status = Status.FAILED;
    }
    released();
  }

  /** An administrator's retry of a failed notification: pending again, due now, its attempts counted on. */
  void retry() {
    status = Status.PENDING;
    nextAttemptAt = null;
    released();
  }

  private void released() {
    lockedBy = null;
    lockedUntil = null;
  }

  public Long getId() {
    return id;
  }

  public String getRecipientUsername() {
    return recipientUsername;
  }

  public String getRecipientEmail() {
    return recipientEmail;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getLink() {
    return link;
  }

  public String getCaseRef() {
    return caseRef;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Status getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }
}
