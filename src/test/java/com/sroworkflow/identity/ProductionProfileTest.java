package com.sroworkflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sroworkflow.school.SchoolRepository;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * The production profile loads no demo data, creates its first administrator from SRO_ADMIN_PASSWORD,
 * and refuses to start without one or while any account still has a default password.
 */
class ProductionProfileTest {

  /** Its applications set the JVM's root log level to WARN; the tests after it read the usual INFO log. */
  @AfterAll
  static void restoreTheLogLevel() {
    LoggingSystem.get(ProductionProfileTest.class.getClassLoader())
        .setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
  }

  @Test
  void refusesToStartWithoutAnAdministratorPassword() {
    assertThatThrownBy(() -> ProductionApplication.start().close())
        .hasStackTraceContaining("without an administrator: set SRO_ADMIN_PASSWORD");
  }

  @Test
  void refusesAnAdministratorPasswordAgainstThePolicy() {
    assertThatThrownBy(() -> ProductionApplication.start("SRO_ADMIN_PASSWORD=demo").close())
        .hasStackTraceContaining("Password does not match policy");
  }

  @Test
  void startsWithAStrongAdministratorPasswordAndNoDemoDataButRefusesADefaultPasswordLater() {
    try (ProductionApplication app = ProductionApplication.start("SRO_ADMIN_PASSWORD=Vt4!qLx9#pR2mZ")) {
      IdentityService identity = app.bean(IdentityService.class);
      assertThat(identity.createUserQuery().list()).extracting(User::getId).containsExactly("admin");
      assertThat(identity.checkPassword("admin", "Vt4!qLx9#pR2mZ")).isTrue();
      assertThat(app.bean(SchoolRepository.class).count()).isZero();
      assertThat(identity.createGroupQuery().groupId("principal").count()).as("roles exist in production").isOne();

      User demo = identity.newUser("leftover");
      demo.setPassword("demo");
      app.bean(ProcessEngineConfigurationImpl.class).getCommandExecutorTxRequired()
          .execute(new SaveUserCmd(demo, true));
      ProductionAccounts accounts = app.bean(ProductionAccounts.class);
      assertThat(accounts.accountsWithDefaultPasswords()).containsExactly("leftover");
      assertThatThrownBy(accounts::afterSingletonsInstantiated).hasMessageContaining("leftover");
    }
  }
}
