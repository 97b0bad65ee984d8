package com.sroworkflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.sroworkflow.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case list reads a page in a fixed number of statements, whatever its size (issue 17, item 8: no N+1): a
 * page of 8 cases costs what a page of 2 does, as the list, the student record and the search are asked.
 * Counted by the database itself (H2's query statistics: every statement of the request, the engine's and the
 * application's); on the PostgreSQL pass the test is skipped (the benchmark measures there).
 */
@IntegrationTest
class CaseListStatementsTest {

  @Autowired CaseFileTestData data;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  private final List<CaseFileTestData.Cases> made = new ArrayList<>();
  /** H2's statistics were switched on (the test is skipped on PostgreSQL, which has no such setting). */
  private boolean counting;

  @AfterEach
  void end() {
    made.forEach(data::end);
    if (counting) {
      jdbc.execute("SET QUERY_STATISTICS FALSE");
    }
  }

  private long statements(String path) {
    counting = true;
    jdbc.execute("SET QUERY_STATISTICS FALSE");
    jdbc.execute("SET QUERY_STATISTICS_MAX_ENTRIES 5000");
    jdbc.execute("SET QUERY_STATISTICS TRUE");
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("paula", "demo", StandardCharsets.UTF_8);
    ResponseEntity<String> r = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(r.getStatusCode().value()).as(path + ": " + r.getBody()).isEqualTo(200);
    Long count = jdbc.queryForObject("select sum(execution_count) from information_schema.query_statistics"
        + " where sql_statement not like '%query_statistics%'", Long.class);
    return count == null ? 0 : count;
  }

  @Test
  void aPageOfEightCasesCostsTheStatementsOfAPageOfTwo() {
    String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
    assumeThat(product).as("H2 counts statements; PostgreSQL is measured by the benchmark").isEqualTo("H2");
    for (int i = 0; i < 4; i++) {
      made.add(data.create());
    }
    statements("/api/cases?size=8"); // warm: the forms' labels, the models' stage names, the caches
    long two = statements("/api/cases?size=2&status=open");
    long eight = statements("/api/cases?size=8&status=open");
    assertThat(two).as("statements counted").isPositive();
    assertThat(eight).as("statements for 8 cases vs. for 2 (%d)", two).isEqualTo(two);

    long student = statements("/api/students/" + made.get(0).student() + "/cases");
    assertThat(student).as("a student's record with 2 cases").isLessThanOrEqualTo(two);
    assertThat(statements("/api/cases?size=8&sort=student")).isEqualTo(eight);
  }
}
