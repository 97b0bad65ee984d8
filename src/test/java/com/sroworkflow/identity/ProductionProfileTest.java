package com.sroworkflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sroworkflow.SroWorkflowApplication;
import com.sroworkflow.school.SchoolRepository;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.spring.boot.starter.webapp.filter.LazyInitRegistration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The production profile loads no demo data, creates its first administrator from SRO_ADMIN_PASSWORD,
 * and refuses to start without one or while any account still has a default password.
 */
class ProductionProfileTest {

  /** The application in the production profile, on a database of its own (arguments outrank application.yaml). */
  private static ConfigurableApplicationContext production(String... settings) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    List<String> args = new ArrayList<>(List.of(
        "--spring.datasource.url=jdbc:h2:mem:prod-" + id + ";DB_CLOSE_DELAY=-1",
        "--camunda.bpm.process-engine-name=production" + id,
        "--camunda.bpm.job-execution.enabled=false",
        "--server.port=0",
        "--logging.level.root=WARN"));
    for (String setting : settings) {
      args.add("--" + setting);
    }
    return new SpringApplicationBuilder(SroWorkflowApplication.class).profiles("prod").run(args.toArray(String[]::new));
  }

  /**
   * Camunda's webapp starter keeps the last application context in a static field and clears it only
   * when a context closes normally; a context that failed to start would otherwise be handed to the
   * next one's webapp filters.
   */
  /** Its applications set the JVM's root log level to WARN; the tests after it read the usual INFO log. */
  @AfterAll
  static void restoreTheLogLevel() {
    LoggingSystem.get(ProductionProfileTest.class.getClassLoader())
        .setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
  }

  @AfterEach
  void forgetFailedContext() throws ReflectiveOperationException {
    Field context = LazyInitRegistration.class.getDeclaredField("APPLICATION_CONTEXT");
    context.setAccessible(true);
    context.set(null, null);
  }

  @Test
  void refusesToStartWithoutAnAdministratorPassword() {
    assertThatThrownBy(() -> production().close())
        .hasStackTraceContaining("without an administrator: set SRO_ADMIN_PASSWORD");
  }

  @Test
  void refusesAnAdministratorPasswordAgainstThePolicy() {
    assertThatThrownBy(() -> production("SRO_ADMIN_PASSWORD=demo").close())
        .hasStackTraceContaining("Password does not match policy");
  }

  @Test
  void startsWithAStrongAdministratorPasswordAndNoDemoDataButRefusesADefaultPasswordLater() {
    try (ConfigurableApplicationContext app = production("SRO_ADMIN_PASSWORD=Vt4!qLx9#pR2mZ")) {
      IdentityService identity = app.getBean(IdentityService.class);
      assertThat(identity.createUserQuery().list()).extracting(User::getId).containsExactly("admin");
      assertThat(identity.checkPassword("admin", "Vt4!qLx9#pR2mZ")).isTrue();
      assertThat(app.getBean(SchoolRepository.class).count()).isZero();
      assertThat(identity.createGroupQuery().groupId("principal").count()).as("roles exist in production").isOne();

      User demo = identity.newUser("leftover");
      demo.setPassword("demo");
      app.getBean(ProcessEngineConfigurationImpl.class).getCommandExecutorTxRequired()
          .execute(new SaveUserCmd(demo, true));
      ProductionAccounts accounts = app.getBean(ProductionAccounts.class);
      assertThat(accounts.accountsWithDefaultPasswords()).containsExactly("leftover");
      assertThatThrownBy(accounts::afterSingletonsInstantiated).hasMessageContaining("leftover");
    }
  }
}
