package com.sroworkflow.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** The benchmark's own PostgreSQL databases (sro_bench_*), created fresh and dropped afterwards (or kept: bench.reuseDb). */
final class Postgres {

  static final String HOST = Benchmark.property("bench.pg.host", "127.0.0.1:5432");

  private Postgres() {}

  static boolean exists(String db) {
    try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
        java.sql.PreparedStatement st = c.prepareStatement("select 1 from pg_database where datname = ?")) {
      st.setString(1, db);
      return st.executeQuery().next();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String url(String db) {
    return "jdbc:postgresql://" + HOST + "/" + db;
  }

  static void create(String db) {
    admin("drop database if exists " + db);
    admin("create database " + db);
  }

  static void drop(String db) {
    admin("drop database if exists " + db + " with (force)");
  }

  private static void admin(String sql) {
    try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
        Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (Exception e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
