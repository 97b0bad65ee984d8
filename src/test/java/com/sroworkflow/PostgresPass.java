package com.sroworkflow;

import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The PostgreSQL pass of the test run (system property {@code sro.test.postgres=true}, set by the
 * second surefire execution in pom.xml): every application context the integration tests start gets
 * a fresh PostgreSQL database of its own instead of its in-memory H2 one, dropped once the context
 * has closed at the end of the run. Without PostgreSQL the pass is skipped, saying why, except under CI.
 */
public final class PostgresPass {

  private PostgresPass() {}

  public static boolean active() {
    return Boolean.getBoolean("sro.test.postgres");
  }

  /** Puts each test context whose database would be the in-memory default on a new PostgreSQL database. */
  public static class Database implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
      String url = environment.getProperty("spring.datasource.url", "");
      if (!active() || !url.startsWith("jdbc:h2:mem:sro-test-")) {
        return;
      }
      String name = TestDatabases.createUnwatched("test");
      System.out.println("PostgreSQL pass: this application context runs on database " + name);
      // Dropped once the context has closed (Spring Boot runs its shutdown handlers after closing them).
      SpringApplication.getShutdownHandlers().add(() -> TestDatabases.drop(name));
      environment.getPropertySources().addFirst(new MapPropertySource("postgresPass", Map.of(
          "spring.datasource.url", TestDatabases.url(name),
          "spring.datasource.username", TestDatabases.user(),
          "spring.datasource.password", TestDatabases.password(),
          "spring.datasource.hikari.maximum-pool-size", "5")));
    }
  }

  /** Skips the integration tests of the PostgreSQL pass when PostgreSQL is down (never under CI). */
  public static class Condition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (!active() || TestDatabases.underCi() || TestDatabases.postgresReachable()) {
        return ConditionEvaluationResult.enabled("database available");
      }
      System.out.println(TestDatabases.skipReason());
      return ConditionEvaluationResult.disabled(TestDatabases.skipReason());
    }
  }

  /** For tests that need PostgreSQL in any pass (the cluster tests): skipped, saying why, when it is down (not under CI). */
  public static class Needed implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (TestDatabases.underCi() || TestDatabases.postgresReachable()) {
        return ConditionEvaluationResult.enabled("PostgreSQL reachable");
      }
      System.out.println(context.getDisplayName() + ": " + TestDatabases.skipReason());
      return ConditionEvaluationResult.disabled(TestDatabases.skipReason());
    }
  }
}
