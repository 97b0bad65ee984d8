package com.sroworkflow.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Failed logins in a row of one directory person, and until when the next attempt is refused. */
@Entity
@Table(name = "directory_login")
class DirectoryLogin {

  @Id
  @Column(length = 64)
  private String username;

  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  protected DirectoryLogin() {}

  DirectoryLogin(String username) {
    this.username = username;
  }

  String getUsername() {
    return username;
  }

  int getFailedAttempts() {
    return failedAttempts;
  }

  Instant getLockedUntil() {
    return lockedUntil;
  }

  void failed(Instant lockedUntil) {
    this.failedAttempts++;
    this.lockedUntil = lockedUntil;
  }
}
