package com.sroworkflow.casefile;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 140: the student search's name prefix ({@code student_name_key like 'jose nu%'}) by index on
 * PostgreSQL whatever the database's collation. PostgreSQL uses a plain B-tree index for a {@code LIKE} prefix only
 * under the {@code C} collation; under {@code C.UTF-8} or {@code en_US.UTF-8} (the usual ones) it read all of a
 * school's rows and filtered them (docs/benchmarks.md, the case file at district scale). An index with the
 * {@code varchar_pattern_ops} operator class serves the prefix under any collation. H2 has no operator classes and
 * uses its plain index (V81) for the prefix: there the migration does nothing. A Java migration (a bean Spring
 * Boot hands to Flyway, as system.BindRunningCases) because one SQL file cannot say this for PostgreSQL only, and
 * the project keeps one migration location for both databases.
 */
@Component
public class NamePrefixIndexes implements JavaMigration {

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("140");
  }

  @Override
  public String getDescription() {
    return "name prefix indexes for PostgreSQL";
  }

  @Override
  public Integer getChecksum() {
    return 140;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    create(context.getConnection());
  }

  static void create(Connection connection) throws SQLException {
    if (!"PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("create index threat_case_student_name_prefix_idx on threat_case"
          + " (school_code, student_name_key varchar_pattern_ops)");
      statement.execute("create index referral_student_name_prefix_idx on referral"
          + " (school_code, student_name_key varchar_pattern_ops)");
    }
  }
}
