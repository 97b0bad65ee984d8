package com.sroworkflow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * An integration test class that the PostgreSQL pass (pom.xml, surefire execution "postgres") leaves out: its
 * outcome cannot depend on the database, and running it twice cost the test run a minute or more. Every other
 * class tagged "app" runs on PostgreSQL as well; a new class does unless it says why here. PostgresPassSelectionTest
 * holds the rule: a class left out sends no SQL of its own (no JDBC, JPA, Hibernate or hand-written query, no
 * table sweep), drives no concurrency, and is named with its reason in docs/testing.md.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("h2-only")
public @interface NotOnPostgres {

  /** Why the class's outcome is the same on every database, and where its database side is tested on PostgreSQL. */
  String value();
}
