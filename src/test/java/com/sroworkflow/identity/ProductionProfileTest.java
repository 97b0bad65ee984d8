package com.sroworkflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sroworkflow.school.SchoolRepository;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * The production profile loads no demo data, creates its first administrator from SRO_ADMIN_PASSWORD,
 * and refuses to start without one or while any account still has a default password.
 *
 * <p>One production application for the whole class (a start costs 30-60 s of a 2-core machine's test run):
 * it starts with a strong SRO_ADMIN_PASSWORD, which shows that {@link ProductionAccounts} runs at start in
 * profile prod and reads that setting. The refusals are the same check the start runs
 * ({@link ProductionAccounts#afterSingletonsInstantiated()}, whose exception stops Spring's start) on that
 * application's engine, with the administrator removed first, as on a fresh production database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionProfileTest {

  private static final String STRONG = "Vt4!qLx9#pR2mZ";

  private ProductionApplication app;
  private IdentityService identity;

  /**
   * The application in the production profile, on a database of its own, through {@link ProductionApplication}
   * (which puts Camunda's JVM-wide webapp fields back when it stops, for the shared test application).
   */
  @BeforeAll
  void startInProduction() {
    app = ProductionApplication.start("SRO_ADMIN_PASSWORD=" + STRONG);
    identity = app.bean(IdentityService.class);
  }

  /** Its application set the JVM's root log level to WARN; the tests after it read the usual INFO log. */
  @AfterAll
  void stopAndRestore() {
    try {
      if (app != null) {
        app.close();
      }
    } finally {
      LoggingSystem.get(ProductionProfileTest.class.getClassLoader())
          .setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
    }
  }

  /** The start's check of the accounts, as the application runs it with SRO_ADMIN_PASSWORD set so. */
  private ProductionAccounts atStart(String adminPassword) {
    return new ProductionAccounts(identity, app.bean(StoredPasswords.class), adminPassword);
  }

  /** Runs the check on a database without an administrator, as a first production start has it; then puts her back. */
  private void withoutAdministrator(Runnable check) {
    identity.deleteUser("admin");
    try {
      assertThat(identity.createUserQuery().memberOfGroup(Roles.ADMIN).count()).isZero();
      check.run();
      assertThat(identity.createUserQuery().userId("admin").count()).as("no administrator was created").isZero();
    } finally {
      atStart(STRONG).afterSingletonsInstantiated();
    }
  }

  @Test
  void refusesToStartWithoutAnAdministratorPassword() {
    withoutAdministrator(() -> assertThatThrownBy(() -> atStart("").afterSingletonsInstantiated())
        .hasStackTraceContaining("without an administrator: set SRO_ADMIN_PASSWORD"));
  }

  @Test
  void refusesAnAdministratorPasswordAgainstThePolicy() {
    withoutAdministrator(() -> assertThatThrownBy(() -> atStart("demo").afterSingletonsInstantiated())
        .hasStackTraceContaining("Password does not match policy"));
  }

  @Test
  void startsWithAStrongAdministratorPasswordAndNoDemoDataButRefusesADefaultPasswordLater() {
    assertThat(identity.createUserQuery().list()).extracting(User::getId).containsExactly("admin");
    assertThat(identity.checkPassword("admin", STRONG)).isTrue();
    assertThat(app.bean(SchoolRepository.class).count()).isZero();
    assertThat(identity.createGroupQuery().groupId("principal").count()).as("roles exist in production").isOne();

    User demo = identity.newUser("leftover");
    demo.setPassword("demo");
    app.bean(ProcessEngineConfigurationImpl.class).getCommandExecutorTxRequired()
        .execute(new SaveUserCmd(demo, true));
    try {
      ProductionAccounts accounts = app.bean(ProductionAccounts.class);
      assertThat(accounts.accountsWithDefaultPasswords()).containsExactly("leftover");
      assertThatThrownBy(accounts::afterSingletonsInstantiated).hasMessageContaining("leftover");
    } finally {
      identity.deleteUser("leftover");
    }
  }
}
