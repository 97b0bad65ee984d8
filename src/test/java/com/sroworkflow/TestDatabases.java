package com.sroworkflow;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * PostgreSQL databases for tests: each one created fresh under the {@code sro_cluster_} prefix and
 * dropped when the test run ends. The server is {@code 127.0.0.1:5432} as user {@code postgres}
 * unless SRO_TEST_PG_HOST, SRO_TEST_PG_PORT, SRO_TEST_PG_USER or SRO_TEST_PG_PASSWORD say otherwise.
 * When it cannot be reached the PostgreSQL tests are skipped, saying so, except under CI
 * ({@code CI=true}), where they run and fail.
 */
public final class TestDatabases {

  private static final List<String> CREATED = new CopyOnWriteArrayList<>();
  private static volatile Boolean reachable;
  private static boolean hookAdded;

  private TestDatabases() {}

  public static String host() {
    return env("SRO_TEST_PG_HOST", "127.0.0.1");
  }

  public static String port() {
    return env("SRO_TEST_PG_PORT", "5432");
  }

  public static String user() {
    return env("SRO_TEST_PG_USER", "postgres");
  }

  public static String password() {
    return env("SRO_TEST_PG_PASSWORD", "");
  }

  public static String url(String database) {
    return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
  }

  public static boolean underCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** Whether PostgreSQL answers; asked once per test run. */
  public static boolean postgresReachable() {
    if (reachable == null) {
      try (Connection c = DriverManager.getConnection(url("postgres") + "?connectTimeout=3", user(), password())) {
        reachable = c.isValid(3);
      } catch (SQLException e) {
        reachable = false;
      }
    }
    return reachable;
  }

  /** Why a PostgreSQL test does not run. */
  public static String skipReason() {
    return "PostgreSQL is not reachable at " + host() + ":" + port() + " as " + user()
        + ": the PostgreSQL tests are skipped (start it with `pg_ctlcluster --skip-systemctl-redirect"
        + " $(ls /etc/postgresql) main start`; under CI=true they run and fail instead)";
  }

  /**
   * A new, empty database named {@code sro_cluster_<purpose>_<random>}. The caller drops it when done;
   * whatever is left is dropped when the JVM exits.
   */
  public static String create(String purpose) {
    String name = createUnwatched(purpose);
    CREATED.add(name);
    return name;
  }

  /** A new database the caller alone drops (one an application context drops after it has closed). */
  static synchronized String createUnwatched(String purpose) {
    String name = "sro_cluster_" + purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    admin("CREATE DATABASE " + name);
    if (!hookAdded) {
      Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropAll, "drop-test-databases"));
      hookAdded = true;
    }
    return name;
  }

  public static synchronized void drop(String name) {
    CREATED.remove(name);
    admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  /** Drops the databases still left (at JVM exit). */
  static synchronized void dropAll() {
    for (String name : List.copyOf(CREATED)) {
      try {
        drop(name);
      } catch (RuntimeException e) {
        System.err.println("Could not drop test database " + name + ": " + e.getMessage());
      }
    }
  }

  private static void admin(String sql) {
    try (Connection c = DriverManager.getConnection(url("postgres"), user(), password());
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
    }
  }

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? otherwise : value;
  }
}
