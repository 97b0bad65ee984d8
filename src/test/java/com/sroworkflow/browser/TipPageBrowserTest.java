package com.sroworkflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.tip.Tip;
import com.sroworkflow.tip.TipCases;
import com.sroworkflow.tip.TipRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A parent reports a threat on the tip page without logging in: a report without what happened is
 * sent back with the problems listed and each linked to its field; filled in and sent with the
 * keyboard, it shows the receipt number, and the tip is stored with its case.
 */
@BrowserTest
class TipPageBrowserTest {

  @LocalServerPort int port;
  @Autowired TipRepository tips;
  @Autowired SchoolCalendar calendar;
  @Autowired TipCases cases;

  @BeforeEach
  void prepare() {
    cases.prepare();
  }

  @Test
  void aParentReportsAThreatWithoutLoggingInAndGetsAReceiptNumber() {
    try (Tasklist browser = Tasklist.open("http://localhost:" + port)) {
      Page page = browser.anonymousPage();
      page.navigate("http://localhost:" + port + "/tip");
      assertThat(page.title()).isEqualTo("Report a possible threat");
      assertThat(page.locator(".emergency").innerText()).contains("not for emergencies").contains("call 911");
      long before = tips.count();

      // the refusal: a school chosen, nothing else; the page says what is missing, next to each field
      page.getByLabel("School (required)").selectOption(new com.microsoft.playwright.options.SelectOption()
          .setLabel("Lincoln High School"));
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the report")).click();
      page.waitForSelector("#error-summary");
      assertThat(page.title()).startsWith("Error:");
      assertThat(page.locator("#error-summary").innerText()).contains("Tell us what was said or done.")
          .contains("Enter the date it happened.").doesNotContain("Choose the school");
      assertThat(page.locator("#error-summary a[href='#threatBehaviour']").count()).isOne();
      Locator said = page.getByLabel("What was said or done (required)");
      assertThat(said.getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(said.getAttribute("aria-describedby")).contains("threatBehaviour-error");
      assertThat(page.locator("#threatBehaviour-error").innerText()).contains("Tell us what was said or done.");
      assertThat(page.getByLabel("School (required)").inputValue()).as("what was chosen is kept").isEqualTo("LHS");
      assertThat(tips.count()).isEqualTo(before);
      Accessibility.assertNoSeriousFindings(page, "the tip page with its errors shown");

      said.fill("My son says a boy in his class told him he will bring a gun to school on Friday.");
      page.getByLabel("Date it happened (required)").fill(calendar.today().toString());
      page.getByLabel("Student's grade").selectOption("8");
      Locator send = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the report"));
      send.focus();
      page.keyboard().press("Enter");
      page.waitForSelector("#receipt");

      assertThat(page.locator("h1").innerText()).contains("Your report was sent");
      String receipt = page.locator("#receipt").innerText().strip();
      assertThat(receipt).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}");
      Tip stored = tips.findByReceipt(receipt).orElseThrow();
      assertThat(stored.getSchoolCode()).isEqualTo("LHS");
      assertThat(stored.getStudentGrade()).isEqualTo("8");
      assertThat(stored.getReporterName()).isNull();
      assertThat(stored.getProcessInstanceId()).isNotNull();
      assertThat(browser.serverErrors()).isEmpty();
      page.context().close();
    }
  }
}
