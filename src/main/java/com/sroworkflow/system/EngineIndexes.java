package com.sroworkflow.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An index the engine's schema lacks for the product's load, created once the engine has created or checked its
 * tables (hence after the {@link ProcessEngine}; not a Flyway migration, because on a new database the engine's
 * tables do not exist yet when Flyway runs, see {@link BindRunningCases}).
 *
 * <p>The job executor asks every few seconds, on every node, for the jobs that are due: {@code DUEDATE_ is null or
 * DUEDATE_ <= now}. Every open task with a deadline has a timer job, so at state scale (100,000 open tasks) the
 * table holds 60,000 jobs, hardly any of them due, and without an index on the due date each poll read all of them:
 * 290 ms on PostgreSQL (1.4 s with its JIT compilation), against 0.1 ms with this index (EXPLAIN ANALYZE, Dec 3,
 * src/bench/findings.md). {@code if not exists} makes it one catalog look-up at every later start; two nodes starting
 * at once may race to create it, and the one that loses logs it and starts.
 */
@Component
class EngineIndexes {

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  static final List<String> INDEXES = List.of(
      "create index if not exists SRO_IDX_JOB_DUEDATE on ACT_RU_JOB (DUEDATE_)");

  EngineIndexes(ProcessEngine engine, DataSource dataSource) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      for (String index : INDEXES) {
        statement.execute(index);
      }
    } catch (SQLException e) {
      LOG.warn("Engine index not created (another node may be creating it): {}", e.getMessage());
    }
  }
}
