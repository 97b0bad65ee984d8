package com.sroworkflow.system;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Has PostgreSQL plan each engine query for the values it is run with.
 *
 * <p>The JDBC driver prepares a statement on the server after five runs, and PostgreSQL may then switch to
 * a generic plan that does not know the values. For the Tasklist queries that is a plan for "any school":
 * it walks all open tasks by creation time and filters them by tenant, about 120 ms at 100,000 open tasks,
 * where the plan for the person's own school reads their 100 tasks by the tenant index in about 1 ms
 * (EXPLAIN ANALYZE in docs/benchmarks.md). Planning each run costs a fraction of a millisecond.
 *
 * <p>And without PostgreSQL's JIT compilation: it compiles a query whose estimated cost passes a threshold, which the
 * engine's job acquisition does at state scale (60,000 waiting deadline timers: a sequential scan estimated at 511,000,
 * run every few seconds by every node). Compiling it took 890 ms of CPU for a 290 ms scan (EXPLAIN ANALYZE, Dec 3,
 * src/bench/findings.md); the application's queries are short, and none gains from it. Only PostgreSQL connections get
 * these settings, and only when no connection init SQL is configured.
 */
@Component
class PostgresQueryPlanning implements BeanPostProcessor {

  static final String CUSTOM_PLANS =
      "SELECT set_config('plan_cache_mode', 'force_custom_plan', false), set_config('jit', 'off', false)";

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource ds) {
      HikariDataSource hikari = hikari(ds);
      if (hikari != null && hikari.getJdbcUrl() != null && hikari.getJdbcUrl().startsWith("jdbc:postgresql:")
          && hikari.getConnectionInitSql() == null) {
        hikari.setConnectionInitSql(CUSTOM_PLANS);
      }
    }
    return bean;
  }

  private static HikariDataSource hikari(DataSource ds) {
    if (ds instanceof HikariDataSource h) {
      return h;
    }
    try {
      return ds.isWrapperFor(HikariDataSource.class) ? ds.unwrap(HikariDataSource.class) : null;
    } catch (SQLException e) {
      return null;
    }
  }
}
