package com.sroworkflow.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 31: binds the records of the cases already running when case_record arrived (V30), so
 * their next steps find them (CaseRecords). It takes each case's record ids from the engine's runtime
 * variables, under the case's root instance and tenant, as CaseRecords would have bound them. On a new
 * database the engine's tables do not exist yet when Flyway runs, and there is nothing to bind. A Java
 * migration (a bean Spring Boot hands to Flyway) because a SQL one cannot skip tables that are absent.
 */
@Component
public class BindRunningCases implements JavaMigration {

  /** Every variable a step reads through CaseRecords. */
  static final List<String> RECORD_VARIABLES = List.of("referralId", "threatCaseId", "disclosureId", "planActionId",
      "remarkId", "outlineId", "removalId", "applicationId", "vacancyId", "trainingId", "notificationId");

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("31");
  }

  @Override
  public String getDescription() {
    return "bind running cases";
  }

  @Override
  public Integer getChecksum() {
    return 31;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    bind(context.getConnection());
  }

  static void bind(Connection connection) throws SQLException {
    if (!engineTablesExist(connection)) {
      return;
    }
    String names = RECORD_VARIABLES.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate("insert into case_record (root_instance_id, variable_name, record_id, school_code) "
          + "select distinct e.ROOT_PROC_INST_ID_, v.NAME_, v.LONG_, e.TENANT_ID_ "
          + "from ACT_RU_VARIABLE v join ACT_RU_EXECUTION e on e.ID_ = v.EXECUTION_ID_ "
          + "where v.NAME_ in (" + names + ") and v.LONG_ is not null and v.TYPE_ in ('long', 'integer', 'short') "
          + "and e.ROOT_PROC_INST_ID_ is not null and not exists (select 1 from case_record c "
          + "where c.root_instance_id = e.ROOT_PROC_INST_ID_ and c.variable_name = v.NAME_ and c.record_id = v.LONG_)");
    }
  }

  private static boolean engineTablesExist(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    for (String name : List.of("ACT_RU_VARIABLE", "act_ru_variable")) {
      try (ResultSet tables = meta.getTables(null, connection.getSchema(), name, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
