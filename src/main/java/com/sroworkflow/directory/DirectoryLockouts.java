package com.sroworkflow.directory;

import com.sroworkflow.identity.Roles;
import com.sroworkflow.security.Caller;
import com.sroworkflow.security.CurrentUser;
import com.sroworkflow.security.Messages;
import com.sroworkflow.system.InvalidInputException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * An administrator lifts the lock of a directory account after too many failed logins
 * ({@code DELETE /api/directory/lockouts/{username}}): Camunda Admin's "Unlock" works on Camunda's own
 * user table only, which a read-only directory does not have.
 */
@RestController
@RequestMapping("/api/directory/lockouts")
@Profile("ldap")
class DirectoryLockouts {

  private static final Logger LOG = LoggerFactory.getLogger(DirectoryLockouts.class);
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

  private final LoginThrottle throttle;
  private final CurrentUser user;

  DirectoryLockouts(LoginThrottle throttle, CurrentUser user) {
    this.throttle = throttle;
    this.user = user;
  }

  @DeleteMapping("/{username}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void unlock(@PathVariable String username) {
    Caller admin = user.requireGroup(Roles.ADMIN);
    if (!USERNAME.matcher(username).matches()) {
      throw InvalidInputException.of("username", "directory.username.username-letters-digits");
    }
    if (!throttle.unlock(username)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("directory.failed-logins-recorded", username));
    }
    LOG.info("Directory account {} unlocked by {}", username, admin.userId());
  }
}
