package com.sroworkflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.sroworkflow.casefile.CaseFileTestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case file in the browser (issue 17): the principal, logged in through Tasklist, opens the case list,
 * filters it, opens a case, adds a note with the keyboard and goes to the student's page, which shows the
 * student's threat case and referral; every page passes the accessibility check. Another school's principal
 * gets 404 for the same case.
 */
@BrowserTest
class CaseFileBrowserTest {

  @LocalServerPort int port;
  @Autowired CaseFileTestData data;

  private CaseFileTestData.Cases cases;

  @BeforeEach
  void cases() {
    cases = data.create();
  }

  @AfterEach
  void end() {
    data.end(cases);
  }

  @Test
  void thePrincipalFindsReadsAndWorksACaseAndAnotherSchoolGets404() {
    String base = "http://localhost:" + port;
    try (Tasklist browser = Tasklist.open(base)) {
      Page page = browser.login("paula").page();
      page.navigate(base + "/cases");
      assertThat(page.locator("h1").innerText()).isEqualTo("Cases");
      page.getByLabel("Kind").selectOption("threat");
      page.getByLabel("Status").selectOption("open");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show cases")).click();
      page.waitForURL("**/cases?*kind=threat*");
      Accessibility.assertNoSeriousFindings(page, "the case list");
      Tasklist.screenshot(page, "casefile-1-list");

      page.locator("tr", new Page.LocatorOptions().setHasText(cases.name())).getByRole(AriaRole.LINK,
          new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Threat case")).first().click();
      page.waitForURL("**/cases/" + cases.threat().getId());
      assertThat(page.locator("h1").innerText()).contains(cases.name());
      assertThat(page.locator("#timeline ~ table").innerText()).contains("Started the case");

      page.getByLabel("Add a note").focus();
      page.keyboard().type("Called the mother; she comes in tomorrow at 8.");
      page.keyboard().press("Tab");
      page.keyboard().press("Enter");
      page.waitForSelector("td.note:has-text('she comes in tomorrow')");
      Accessibility.assertNoSeriousFindings(page, "the case file");
      Tasklist.screenshot(page, "casefile-2-case");

      page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(cases.name()).setExact(false)).first().click();
      page.waitForURL("**/students/" + cases.student());
      String record = page.locator("table").innerText();
      assertThat(record).contains("Threat case").contains("Referral");
      Accessibility.assertNoSeriousFindings(page, "the student's page");
      Tasklist.screenshot(page, "casefile-3-student");

      page.navigate(base + "/students?q=" + cases.name().substring(0, 8).replace("é", "e"));
      assertThat(page.locator("table").innerText()).contains(cases.student());
      Accessibility.assertNoSeriousFindings(page, "the student search");

      Page peter = browser.login("peter").page();
      Response refused = peter.navigate(base + "/cases/" + cases.threat().getId());
      assertThat(refused.status()).isEqualTo(404);
      assertThat(browser.serverErrors()).isEmpty();
    }
  }
}
