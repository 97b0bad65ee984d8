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
 * (EXPLAIN ANALYZE in docs/benchmarks.md). Planning each run costs a fraction of a millisecond. Only
 * PostgreSQL connections get the setting, and only when no connection init SQL is configured.
 */
@Component
class PostgresQueryPlanning implements BeanPostProcessor {

  static final String CUSTOM_PLANS = "SET plan_cache_mode = force_custom_plan";

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
