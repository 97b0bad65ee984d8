package com.sroworkflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.sroworkflow.browser.Tasklist.User;
import com.sroworkflow.assignment.ProgramScenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The program as its people use it in a browser: Sally submits a course outline in Tasklist, Paula
 * agrees, the Chief approves; Sam opens the quarterly report from the same browser session, sees the
 * charts and downloads the CSV and the PDF.
 */
@BrowserTest
class ProgramInTasklistBrowserTest {

  @LocalServerPort int port;
  @Autowired ProgramScenario scenario;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void cleanUp() {
    scenario.reset();
  }

  @Test
  void anOutlineIsApprovedInTasklistAndSamReadsAndDownloadsTheQuarterlyReport() throws Exception {
    scenario.reset();
    jdbc.update("insert into sro_activity (officer_username, school_code, kind, occurred_on, hours, participants,"
        + " summary, recorded_at, remove_after) values ('sally', 'LHS', 'CLASS', current_date, 1.0, 28, 'Laws',"
        + " current_timestamp, dateadd('YEAR', 5, current_timestamp))");
    try (Tasklist tasklist = Tasklist.open("http://localhost:" + port)) {
      try (User sally = tasklist.login("sally")) {
        sally.startProcess("Course outline approval");
        sally.select("outlineSchool", "Lincoln High School").choose("A course outline").select("topic", "Laws")
            .select("invitedBy", "Paula").fill("outlineTitle", "Your rights and the law").fill("grades", "11-12")
            .fill("sessions", 4)
            .fill("outlineText", "Four sessions on search and seizure, traffic stops and juvenile court, "
                + "with a mock hearing at the end.");
        sally.submitStartForm();
      }
      try (User paula = tasklist.login("paula")) {
        assertThat(paula.filters()).contains("Course outlines");
        paula.openTask("Course outlines", "Agree to the course outline");
        assertThat(paula.formText()).contains("Your rights and the law").contains("Laws");
        paula.choose("I agree: send it to the Chief");
        paula.complete();
      }
      try (User chief = tasklist.login("chief")) {
        chief.openTask("Chief: SRO program", "Approve the course outline");
        assertThat(chief.formText()).contains("Paula Park agrees");
        chief.choose("Approve");
        chief.complete();
      }
      assertThat(jdbc.queryForObject("select status from course_outline", String.class)).isEqualTo("APPROVED");

      try (User sam = tasklist.login("sam")) {
        Page page = sam.page();
        page.navigate("http://localhost:" + port + "/reports/quarterly");
        page.click("text=Sally Sato");
        // The click returns once the report's page starts to arrive: counted then, a long page had only its first
        // charts (3 of 5 once, after tests that left many records in the quarter). Its charts are counted loaded.
        page.waitForURL("**/reports/quarterly/officers/sally?*");
        page.waitForLoadState(LoadState.LOAD);
        assertThat(page.locator("h1").innerText()).startsWith("Quarterly report").endsWith("Sally Sato");
        // every chart, whatever else the quarter holds; the class this test logged is a drawn bar of the last
        assertThat(page.locator("svg > title").allTextContents()).containsExactly("Threat cases by level of concern",
            "Threat cases by outcome", "Referrals by agency type", "Referrals by status", "Activity log");
        assertThat(page.locator("svg[aria-labelledby=chart-activity-log-title] rect.bar:not([width=\"0\"])").count())
            .as("a drawn bar").isGreaterThan(0);
        assertThat(page.locator("#chart-activity-log-desc").textContent())
            .containsPattern("Classes taught: [1-9]");
        Accessibility.assertNoSeriousFindings(page, "the quarterly report with its charts");
        Download csv = page.waitForDownload(() -> page.click("text=Download CSV"));
        assertThat(csv.suggestedFilename()).startsWith("sro-quarterly-officer-sally-").endsWith(".csv");
        assertThat(Files.readString(csv.path(), StandardCharsets.UTF_8))
            .startsWith("report,quarter,section,category,measure,value").contains("Sally Sato,");
        Download pdf = page.waitForDownload(() -> page.click("text=Download PDF"));
        assertThat(new String(Files.readAllBytes(pdf.path()), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
      }
      assertThat(tasklist.serverErrors()).isEmpty();
    }
  }
}
