package com.sroworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sroworkflow.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database state the hostile tests compare before and after each probe ({@link Hostile#state()}) sees every
 * kind of change, on H2 and on PostgreSQL: a row added, removed or changed in one column, a value moved from one
 * column to the next, a null becoming the text "null", an engine row's revision, each naming its table; and
 * {@link Hostile#assertUnchanged} and {@link Hostile#refused} fail on it, for a probe anywhere in a row of probes.
 * Each change is made in a transaction that is rolled back, so the shared database is left as it was.
 */
@IntegrationTest
class HostileStateTest {

  private static final String PROBE = "digestprobe";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  /** Prepares in the transaction, then asserts that the change shows in the named table and nowhere else. */
  private void assertSeen(String what, String table, Runnable prepare, Runnable change) {
    Hostile hostile = new Hostile(port, jdbc);
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      try {
        prepare.run();
        Map<String, String> before = hostile.state();
        assertThat(hostile.state()).as("nothing changed yet").isEqualTo(before);
        change.run();
        Map<String, String> after = hostile.state();
        assertThat(after.keySet().stream().filter(t -> !after.get(t).equals(before.get(t))).toList()).as(what)
            .containsExactly(table);
        assertThatThrownBy(() -> hostile.assertUnchanged(what, before)).isInstanceOf(AssertionError.class)
            .hasMessageContaining(table);
      } finally {
        status.setRollbackOnly();
      }
    });
  }

  private void person(String title, String badge) {
    jdbc.update("insert into person (username, title, badge_number) values (?, ?, ?)", PROBE, title, badge);
  }

  @Test
  void aRowAddedRemovedOrChangedShowsInItsTable() {
    assertSeen("a row added", "person", () -> { }, () -> person("Officer", null));
    assertSeen("a row removed", "person", () -> person("Officer", null),
        () -> jdbc.update("delete from person where username = ?", PROBE));
    assertSeen("one column changed", "person", () -> person("Officer", "17"),
        () -> jdbc.update("update person set badge_number = '18' where username = ?", PROBE));
  }

  @Test
  void valuesAreReadColumnByColumn() {
    assertSeen("a letter moved to the next column", "person", () -> person("ab", "c"),
        () -> jdbc.update("update person set title = 'a', badge_number = 'bc' where username = ?", PROBE));
    assertSeen("a null became the text null", "person", () -> person("Officer", null),
        () -> jdbc.update("update person set badge_number = 'null' where username = ?", PROBE));
    assertSeen("an empty text became a null", "person", () -> person("", "1"),
        () -> jdbc.update("update person set title = null where username = ?", PROBE));
  }

  @Test
  void anEngineRowsRevisionShows() {
    assertSeen("a stored value's revision changed", "act_ge_bytearray",
        () -> jdbc.update("insert into act_ge_bytearray (id_, rev_, name_, bytes_) values (?, 1, 'probe', ?)", PROBE,
            new byte[] {1, 2, 3}),
        () -> jdbc.update("update act_ge_bytearray set rev_ = 2 where id_ = ?", PROBE));
  }

  /** Probes in a row share their states (see Hostile.refused): a change by any probe of the row still fails it. */
  @Test
  void aProbeInARowThatChangesARowFails() {
    Hostile hostile = new Hostile(port, jdbc);
    Hostile.Answer refusal = new Hostile.Answer(403, "{\"message\": \"Forbidden\"}", Map.of());
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      try {
        hostile.refused("a probe that changes nothing", () -> refusal, 403);
        hostile.refused("another probe that changes nothing", () -> refusal, 403);
        assertThatThrownBy(() -> hostile.refused("a probe that adds a person", () -> {
          person("Officer", null);
          return refusal;
        }, 403)).isInstanceOf(AssertionError.class).hasMessageContaining("person");
      } finally {
        status.setRollbackOnly();
      }
    });
  }

  /** A change made between two probes of a row fails the next probe: each is compared with the state before the first. */
  @Test
  void aChangeBetweenTwoProbesFailsTheNext() {
    Hostile hostile = new Hostile(port, jdbc);
    Hostile.Answer refusal = new Hostile.Answer(403, "{\"message\": \"Forbidden\"}", Map.of());
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      try {
        hostile.refused("a probe that changes nothing", () -> refusal, 403);
        person("Officer", null);
        assertThatThrownBy(() -> hostile.refused("the next probe", () -> refusal, 403))
            .isInstanceOf(AssertionError.class).hasMessageContaining("person");
      } finally {
        status.setRollbackOnly();
      }
    });
  }
}
