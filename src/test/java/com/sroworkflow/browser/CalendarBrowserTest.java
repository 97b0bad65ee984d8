package com.sroworkflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.sroworkflow.Http;
import com.sroworkflow.school.SchoolCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The district designee keeps the school calendar on /calendar (issue 19): dana adds the spring break with the
 * keyboard alone and sees it listed, in US dates; the page has no serious accessibility findings; someone whose
 * session lapsed lands on the Tasklist login.
 */
@BrowserTest
class CalendarBrowserTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired SchoolCalendar calendar;

  @BeforeEach
  void aSchoolYear() {
    int year = calendar.today().getMonthValue() >= 7 ? calendar.today().getYear() : calendar.today().getYear() - 1;
    assertThat(Http.as(rest, "dana").post("/api/calendar/years", "{\"firstDay\": \"" + year + "-09-09\","
        + " \"lastDay\": \"" + (year + 1) + "-06-25\"}").getStatusCode().value()).isEqualTo(201);
  }

  @AfterEach
  void removeTheCalendar() {
    jdbc.update("delete from school_closure");
    jdbc.update("delete from school_year");
    jdbc.update("delete from school_calendar_change");
    calendar.reload();
  }

  @Test
  void danaAddsASpringBreakWithTheKeyboardAndSeesItListed() {
    int spring = calendar.today().getMonthValue() >= 7 ? calendar.today().getYear() + 1 : calendar.today().getYear();
    try (Tasklist browser = Tasklist.open("http://localhost:" + port)) {
      Page anonymous = browser.anonymousPage();
      anonymous.navigate("http://localhost:" + port + "/calendar");
      assertThat(anonymous.url()).as("a lapsed session goes to the login").contains("/camunda/app/tasklist/");

      Page page = browser.login("dana").page();
      page.navigate("http://localhost:" + port + "/calendar");
      assertThat(page.title()).isEqualTo("School calendar");
      Accessibility.assertNoSeriousFindings(page, "the school calendar");

      page.getByLabel("Break (several days, such as winter or spring break)").focus();
      page.keyboard().press("Tab");
      page.keyboard().type("Spring break");
      page.keyboard().press("Tab");
      page.keyboard().type("0412" + spring);
      // Tab walks the date field's own month, day and year parts first: go to the next field by its label
      page.getByLabel("Last day (for a holiday, leave it empty)").focus();
      page.keyboard().type("0416" + spring);
      assertThat(page.locator("#firstDay").inputValue()).isEqualTo(spring + "-04-12");
      assertThat(page.locator("#lastDay").inputValue()).isEqualTo(spring + "-04-16");
      page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add")
          .setExact(true)).focus();
      page.keyboard().press("Enter");
      page.waitForSelector("#notice");

      Locator row = page.locator("#closures tbody tr", new Page.LocatorOptions().setHasText("Spring break"));
      assertThat(row.innerText()).contains("Break").contains("Apr 12, " + spring).contains("Apr 16, " + spring)
          .contains("5 days");
      assertThat(page.locator("#notice").innerText()).isEqualTo("The holiday or break was added.");
      Accessibility.assertNoSeriousFindings(page, "the school calendar with a break");
      assertThat(browser.serverErrors()).isEmpty();
    }
  }
}
