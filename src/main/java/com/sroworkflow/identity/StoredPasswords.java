package com.sroworkflow.identity;

import java.util.List;
import org.camunda.bpm.engine.identity.User;
// Engine internals: the public API neither compares stored password hashes nor saves a password past the policy.
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.stereotype.Component;

/**
 * The two things the product does with the engine's stored passwords that its identity service does not
 * offer: the demo users get the demo's password although it breaks the password policy (DemoUsers), and
 * production refuses to start while an account still has a default password (ProductionAccounts).
 */
@Component
class StoredPasswords {

  private final ProcessEngineConfigurationImpl engine;

  StoredPasswords(ProcessEngineConfigurationImpl engine) {
    this.engine = engine;
  }

  /** Saves a new user with their password, without the password policy. */
  void saveIgnoringPolicy(User user) {
    engine.getCommandExecutorTxRequired().execute(new SaveUserCmd(user, true));
  }

  /**
   * Whether the user's stored password is one of the candidates, compared with the stored hash rather
   * than by logging in, so the check neither counts as a failed login nor locks anyone out.
   */
  boolean isOneOf(User user, List<String> candidates) {
    UserEntity entity = (UserEntity) user;
    if (entity.getPassword() == null) {
      return false;
    }
    for (String candidate : candidates) {
      String salted = EncryptionUtil.saltPassword(candidate, entity.getSalt());
      if (engine.getPasswordManager().check(salted, entity.getPassword())) {
        return true;
      }
    }
    return false;
  }
}
