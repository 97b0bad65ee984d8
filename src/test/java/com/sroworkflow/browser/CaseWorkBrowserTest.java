package com.sroworkflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sroworkflow.browser.Tasklist.User;
import com.sroworkflow.casefile.CaseFileTestData;
import com.sroworkflow.threat.ThreatScenario;
import com.sroworkflow.threat.ThreatTestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case file's work in a browser, with the Tasklist login: Paula uploads a PDF on an LHS case's documents page,
 * downloads it and transfers the case to Washington Middle School; Peter, its principal, finds the review task in
 * Tasklist and the case's documents. Each role finds, reads and works a case from the dashboard, the list and the
 * student search. Each page is checked with axe-core.
 */
@BrowserTest
class CaseWorkBrowserTest {

  @LocalServerPort int port;
  @Autowired ThreatScenario scenario;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;
  @Autowired CaseFileTestData data;

  private String received;

  @AfterEach
  void cleanUp() {
    if (received != null && runtime.createProcessInstanceQuery().processInstanceId(received).count() > 0) {
      runtime.deleteProcessInstance(received, "test cleanup", true, true);
    }
    scenario.removeStartedCases();
  }

  @Test
  void paulaUploadsAndTransfersACaseAndPeterReviewsItAtHisSchool() throws Exception {
    ProcessInstance pi = scenario.report("maria", ThreatTestData.lhsReport());
    scenario.screenAsThreat(pi);
    String base = "http://localhost:" + port + "/cases/" + pi.getId();
    Path pdf = Files.createTempFile("statement", ".pdf");
    Files.write(pdf, "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

    try (Tasklist tasklist = Tasklist.open("http://localhost:" + port)) {
      try (User paula = tasklist.login("paula")) {
        Page page = paula.page();
        page.navigate(base + "/documents");
        assertThat(page.locator("h1").innerText()).startsWith("Documents of");
        Accessibility.assertNoSeriousFindings(page, "the documents page");
        page.setInputFiles("#file", pdf);
        page.click("button:has-text('Upload')");
        page.waitForSelector("text=The document was uploaded.");
        Download download = page.waitForDownload(() -> page.click("table a"));
        assertThat(new String(Files.readAllBytes(download.path()), 0, 5, StandardCharsets.US_ASCII))
            .isEqualTo("%PDF-");
        Accessibility.assertNoSeriousFindings(page, "the documents page with a document");

        page.navigate(base + "/reassess");
        Accessibility.assertNoSeriousFindings(page, "the re-assessment page");

        page.navigate(base + "/transfer");
        Accessibility.assertNoSeriousFindings(page, "the transfer page");
        page.selectOption("#toSchool", "WMS");
        page.fill("#reason", "The family moved; the student is enrolled at Washington Middle School.");
        page.click("button:has-text('Transfer the case')");
        page.waitForSelector("text=Transfers");
        assertThat(page.locator("table").innerText()).contains("Washington Middle School");
        Accessibility.assertNoSeriousFindings(page, "the transfer page after the transfer");
      }
      received = jdbc.queryForObject("select new_case_id from case_transfer where old_case_id = ?", String.class,
          pi.getId());
      try (User peter = tasklist.login("peter")) {
        assertThat(peter.taskNamesIn("Threat cases")).anyMatch(name -> name.startsWith("Review a transferred case"));
        Page page = peter.page();
        page.navigate("http://localhost:" + port + "/cases/" + received + "/documents");
        assertThat(page.locator("table").innerText()).contains("statement");
      }
      assertThat(tasklist.serverErrors()).isEmpty();
    }
  }

  /**
   * The "Done when" of issue 17, for each role: a principal (paula), an SRO (sally), a counselor (maria) and the
   * district designee (dana) find the LHS threat case from the dashboard's link to their school's open cases, read
   * it and add a note, then find the student by the start of the name and open the student's page. Each page is
   * checked with axe-core.
   */
  @Test
  void eachRoleFindsReadsAndWorksACaseFromTheDashboardTheListAndTheStudentSearch() {
    CaseFileTestData.Cases cases = data.create();
    String base = "http://localhost:" + port;
    try (Tasklist tasklist = Tasklist.open(base)) {
      for (String user : List.of("paula", "sally", "maria", "dana")) {
        try (User person = tasklist.login(user)) {
          Page page = person.page();
          page.navigate(base + "/dashboard");
          Accessibility.assertNoSeriousFindings(page, user + ": the dashboard");
          if (user.equals("dana")) {
            assertThat(page.locator("main").innerText()).contains("Washington Middle School")
                .contains("Open threat cases by classification, Lincoln High School");
            Tasklist.screenshot(page, "casefile-4-dashboard-designee");
          }
          page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open cases, Lincoln High School")).click();
          page.waitForURL("**/cases?*school=LHS*");
          Accessibility.assertNoSeriousFindings(page, user + ": the case list");
          page.locator("a[href='/cases/" + cases.threat().getId() + "']").click();
          page.waitForURL("**/cases/" + cases.threat().getId());
          assertThat(page.locator("h1").innerText()).as(user).contains(cases.name());
          Accessibility.assertNoSeriousFindings(page, user + ": the case file");
          page.getByLabel("Add a note").fill("Seen by " + user + ".");
          page.click("button:has-text('Add the note')");
          page.waitForSelector("td.note:has-text('Seen by " + user + ".')");

          page.navigate(base + "/students?q=" + cases.name().substring(0, 8).replace("é", "e"));
          Accessibility.assertNoSeriousFindings(page, user + ": the student search");
          page.locator("a[href='/students/" + cases.student() + "']").first().click();
          page.waitForURL("**/students/" + cases.student());
          assertThat(page.locator("table").innerText()).as(user).contains("Threat case");
          Accessibility.assertNoSeriousFindings(page, user + ": the student's page");
        }
      }
      assertThat(tasklist.serverErrors()).isEmpty();
    } finally {
      data.end(cases);
    }
  }
}
