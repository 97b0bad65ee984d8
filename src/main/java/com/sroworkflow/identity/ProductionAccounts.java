package com.sroworkflow.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The production profile's accounts, checked before the application serves anyone: the first
 * administrator is created from {@code SRO_ADMIN_PASSWORD} (which must meet the password policy),
 * and the application refuses to start while any account still has a default password such as the
 * demo's.
 */
@Component
@Profile("prod")
class ProductionAccounts implements SmartInitializingSingleton {

  /** Passwords nobody may keep in production: the demo's and the usual first guesses. */
  static final List<String> DEFAULT_PASSWORDS = List.of("demo", "admin", "password", "changeme", "camunda");

  private final IdentityService identity;
  private final StoredPasswords passwords;
  private final String adminPassword;

  ProductionAccounts(IdentityService identity, StoredPasswords passwords,
      @Value("${SRO_ADMIN_PASSWORD:}") String adminPassword) {
    this.identity = identity;
    this.passwords = passwords;
    this.adminPassword = adminPassword;
  }

  @Override
  public void afterSingletonsInstantiated() {
    createFirstAdministrator();
    List<String> defaults = accountsWithDefaultPasswords();
    if (!defaults.isEmpty()) {
      throw new IllegalStateException("Refusing to start in production: these accounts still have a default"
          + " password: " + String.join(", ", defaults) + ". Change their passwords (Camunda Admin) first.");
    }
  }

  private void createFirstAdministrator() {
    if (identity.createUserQuery().memberOfGroup(Roles.ADMIN).count() > 0) {
      return;
    }
    if (identity.isReadOnly()) {
      throw new IllegalStateException("Refusing to start in production without an administrator: nobody in the"
          + " directory is in a group mapped to " + Roles.ADMIN + " (sro.directory.roles) and no break-glass"
          + " administrator is set (SRO_BREAK_GLASS_USER, SRO_BREAK_GLASS_PASSWORD)");
    }
    if (adminPassword.isBlank()) {
      throw new IllegalStateException("Refusing to start in production without an administrator: set"
          + " SRO_ADMIN_PASSWORD to the first administrator's password (user 'admin').");
    }
    if (identity.createGroupQuery().groupId(Roles.ADMIN).count() == 0) {
      Group admins = identity.newGroup(Roles.ADMIN);
      admins.setName("Camunda administrators");
      admins.setType(Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(admins);
    }
    User admin = identity.newUser("admin");
    admin.setFirstName("Camunda");
    admin.setLastName("Administrator");
    admin.setPassword(adminPassword);
    identity.saveUser(admin);
    identity.createMembership("admin", Roles.ADMIN);
  }

  /**
   * Compares stored password hashes with the defaults without logging in, so the check neither
   * counts as a failed login nor locks anyone out.
   */
  List<String> accountsWithDefaultPasswords() {
    List<String> found = new ArrayList<>();
    for (User user : identity.createUserQuery().list()) {
      if (passwords.isOneOf(user, withUsername(user.getId()))) {
        found.add(user.getId());
      }
    }
    return found;
  }

  private static List<String> withUsername(String username) {
    List<String> candidates = new ArrayList<>(DEFAULT_PASSWORDS);
    candidates.add(username);
    return candidates;
  }
}
