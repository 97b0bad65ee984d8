package com.sroworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL connections plan each query for its values, without JIT compilation; other databases and explicit
 * settings are left alone.
 */
class PostgresQueryPlanningTest {

  private final PostgresQueryPlanning planning = new PostgresQueryPlanning();

  private static HikariDataSource dataSource(String url) {
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl(url);
    return ds;
  }

  @Test
  void postgresConnectionsGetCustomPlansWithoutJit() {
    HikariDataSource ds = dataSource("jdbc:postgresql://127.0.0.1:5432/sro");
    planning.postProcessAfterInitialization(ds, "dataSource");
    assertThat(ds.getConnectionInitSql()).isEqualTo(
        "SELECT set_config('plan_cache_mode', 'force_custom_plan', false), set_config('jit', 'off', false)");
  }

  @Test
  void h2ConnectionsAndConfiguredInitSqlAreLeftAlone() {
    HikariDataSource h2 = dataSource("jdbc:h2:mem:planning");
    planning.postProcessAfterInitialization(h2, "dataSource");
    assertThat(h2.getConnectionInitSql()).isNull();

    HikariDataSource configured = dataSource("jdbc:postgresql://127.0.0.1:5432/sro");
    configured.setConnectionInitSql("SET search_path = sro");
    planning.postProcessAfterInitialization(configured, "dataSource");
    assertThat(configured.getConnectionInitSql()).isEqualTo("SET search_path = sro");
  }
}
