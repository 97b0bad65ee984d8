package com.sroworkflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.sroworkflow.IntegrationTest;
import com.sroworkflow.StatementCount;
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

/**
 * The case list reads a page in a fixed number of statements, whatever its size (issue 17, item 8: no N+1): a
 * page of 8 cases costs what a page of 2 does, as the list, the student record and the search are asked.
 * Counted by the tests' JDBC proxy ({@link StatementCount}: every statement of the request, the engine's and the
 * application's), on H2 and in the PostgreSQL pass; the budgets of the other user actions are in
 * system/StatementBudgetTest.
 */
@IntegrationTest
class CaseListStatementsTest {

  @Autowired CaseFileTestData data;
  @Autowired TestRestTemplate rest;

  private final List<CaseFileTestData.Cases> made = new ArrayList<>();

  @AfterEach
  void end() {
    made.forEach(data::end);
  }

  private long statements(String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("paula", "demo", StandardCharsets.UTF_8);
    try (StatementCount.Recording recording = StatementCount.start()) {
      ResponseEntity<String> r = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
      assertThat(r.getStatusCode().value()).as(path + ": " + r.getBody()).isEqualTo(200);
      if (Boolean.getBoolean("sro.test.statements")) {
        System.out.println("Statements of " + path + ":" + recording.list());
      }
      return recording.count();
    }
  }

  @Test
  void aPageOfEightCasesCostsTheStatementsOfAPageOfTwo() {
    for (int i = 0; i < 4; i++) {
      made.add(data.create());
    }
    statements("/api/cases?size=8"); // warm: the forms' labels, the models' stage names, the caches
    long two = statements("/api/cases?size=2&status=open");
    long four = statements("/api/cases?size=4&status=open");
    long eight = statements("/api/cases?size=8&status=open");
    assertThat(two).as("statements counted").isPositive();
    // A full page also counts the cases (Spring Data's page total): pages of 2 and of 4 are full, so their
    // costs are alike; a page of 8 may hold them all and then skips the count.
    assertThat(four).as("statements for 4 cases vs. for 2 (%d)", two).isEqualTo(two);
    assertThat(eight).as("statements for 8 cases vs. for 2 (%d)", two).isLessThanOrEqualTo(two);

    long student = statements("/api/students/" + made.get(0).student() + "/cases");
    assertThat(student).as("a student's record with 2 cases").isLessThanOrEqualTo(two);
    assertThat(statements("/api/cases?size=8&sort=student")).isEqualTo(eight);
  }
}
