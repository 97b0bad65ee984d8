package com.sroworkflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.sroworkflow.browser.Tasklist.User;
import com.sroworkflow.referral.ReferralTestData;
import com.sroworkflow.selection.SelectionScenario;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A principal's first screen (issue 19) and the dashboard (issue 17.6), as she sees them: logging in fresh,
 * Paula lands on "My work" with its count, her referral to acknowledge is hers without claiming, Tasklist
 * is SRO Workflow's with the product's pages in its header and no "Create task"; the dashboard shows her
 * school. Each screen passes the accessibility check.
 */
@BrowserTest
class FirstScreensBrowserTest {

  @LocalServerPort int port;
  @Autowired SelectionScenario people;
  @Autowired RuntimeService runtime;

  @Test
  void aPrincipalLandsOnHerWorkActsWithoutClaimingAndReadsHerSchoolsDashboard() {
    runtime.createProcessInstanceQuery().list()
        .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test reset", true, true));
    people.as("sally", () -> runtime.startProcessInstanceByKey("studentReferral", ReferralTestData.lhsReferral()));
    try (Tasklist tasklist = Tasklist.open("http://localhost:" + port);
        User paula = tasklist.login("paula")) {
      Page page = paula.page();
      assertThat(paula.selectedFilterWithCount()).as("the first filter, selected, with its count")
          .matches("My work \\(?1\\)?");
      assertThat(page.locator("body").innerText()).contains("SRO Workflow");
      // each header action is a list item with its plugin's id as class (Tasklist's header)
      page.waitForSelector("li.sro-link-cases a");
      assertThat(page.locator("li.sro-link-cases a, li.sro-link-dashboard a, li.sro-link-report a").allInnerTexts())
          .containsExactly("Cases", "Dashboard", "Quarterly report");
      assertThat(page.locator("li.sro-link-dashboard a").getAttribute("href")).isEqualTo("/dashboard");
      assertThat(page.locator("li.start-process-action").isVisible()).as("Start process").isTrue();
      assertThat(page.locator("li.create-task-action").count()).as("Camunda's own action, there but hidden").isOne();
      assertThat(page.locator("li.create-task-action").isVisible()).as("Create task").isFalse();

      paula.openTask("My work", "Acknowledge referral");
      assertThat(page.locator("button:has-text(\"Claim\")").count()).as("nothing to claim").isZero();
      paula.fill("acknowledgementComment", "Seen; I will call the family.");
      paula.screenshot("first-screen-principal");
      Accessibility.assertNoSeriousFindings(page, "the principal's Tasklist with the acknowledgement form",
          Tasklist.CAMUNDA_CHROME);
      paula.complete();

      page.navigate("http://localhost:" + port + "/dashboard");
      assertThat(page.locator("h2").allInnerTexts()).containsExactly("Lincoln High School");
      assertThat(page.locator("svg").count()).isPositive();
      Tasklist.screenshot(page, "dashboard-principal");
      Accessibility.assertNoSeriousFindings(page, "the dashboard");

      page.navigate("http://localhost:" + port + "/reports/quarterly");
      Accessibility.assertNoSeriousFindings(page, "the quarterly reports' index");
    }
  }
}
