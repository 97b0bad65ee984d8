package com.sroworkflow.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine's delay and lockout after failed logins (loginDelayBase, loginDelayFactor,
 * loginDelayMaxTime, loginMaxAttempts, as in application.yaml), for people whose password the
 * directory checks: Camunda applies them only to the users of its own tables. Same rule as
 * Camunda's DbIdentityServiceProvider: the n-th failure in a row refuses every attempt for
 * base * factor^(n-1) seconds (at most the maximum), maxAttempts failures lock the account until an
 * administrator unlocks it, a success starts the count again. Runs inside the engine's command, so
 * the count commits with it. The settings are the engine's own, handed over by {@link DirectoryPlugin}.
 */
@Component
@Profile("ldap")
class LoginThrottle {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

  private final DirectoryLoginRepository logins;
  private final Clock clock;

  LoginThrottle(DirectoryLoginRepository logins, Clock clock) {
    this.logins = logins;
    this.clock = clock;
  }

  /** The engine's login settings: failures before the lock, and the delay after each failure in seconds. */
  record Rules(int maxAttempts, int delayBase, int delayFactor, int delayMaxTime) {}

  /** Checks the password unless the account is locked or in its delay, and counts the outcome. */
  boolean check(String username, Rules rules, BooleanSupplier passwordMatches) {
    DirectoryLogin login = logins.findById(username).orElse(null);
    Instant now = clock.instant();
    if (login != null && (login.getFailedAttempts() >= rules.maxAttempts()
        || login.getLockedUntil() != null && login.getLockedUntil().isAfter(now))) {
      return false;
    }
    if (passwordMatches.getAsBoolean()) {
      if (login != null) {
        logins.delete(login);
      }
      return true;
    }
    DirectoryLogin failed = login != null ? login : new DirectoryLogin(username);
    long delay = (long) (rules.delayBase() * Math.pow(rules.delayFactor(), failed.getFailedAttempts()));
    failed.failed(now.plusSeconds(Math.min(delay, rules.delayMaxTime())));
    logins.save(failed);
    if (failed.getFailedAttempts() >= rules.maxAttempts()) {
      LOG.info("Directory account {} locked after {} failed logins", username, failed.getFailedAttempts());
    }
    return false;
  }

  /** Lifts a lock or delay (an administrator's decision); false when there was none. */
  @Transactional
  boolean unlock(String username) {
    if (!logins.existsById(username)) {
      return false;
    }
    logins.deleteById(username);
    return true;
  }
}
