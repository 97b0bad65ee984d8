package com.sroworkflow.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Camunda Tasklist in the machine's headless Chromium, used the way a person uses it: log in, start
 * a process from its start form, open a filter and a task, claim it, fill the Camunda Form, complete.
 * Playwright drives the browser; it downloads none of its own ({@code /usr/bin/chromium} is used).
 */
public final class Tasklist implements AutoCloseable {

  static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

  private final Playwright playwright;
  private final Browser browser;
  private final String baseUrl;
  private final List<String> serverErrors = new ArrayList<>();

  private Tasklist(String baseUrl) {
    this.baseUrl = baseUrl;
    this.playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(CHROMIUM)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run")));
  }

  /**
   * Opens a browser, or skips the test when this machine has no Chromium. Under CI (CI=true) a
   * missing browser fails instead: .ci/run installs it.
   */
  public static Tasklist open(String baseUrl) {
    boolean present = Files.isExecutable(CHROMIUM);
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("Chromium is missing at " + CHROMIUM + "; .ci/run installs it");
    }
    Assumptions.assumeTrue(present, "Chromium not installed at " + CHROMIUM
        + " (apt-get install -y chromium chromium-driver); skipping the browser test");
    return new Tasklist(baseUrl);
  }

  /** Server errors (HTTP 5xx) any page saw; a person would have seen an error box. */
  public List<String> serverErrors() {
    return serverErrors;
  }

  public User login(String username) {
    BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000));
    context.setDefaultTimeout(20_000);
    Page page = context.newPage();
    page.onResponse(r -> {
      if (r.status() >= 500) {
        serverErrors.add(username + " " + r.request().method() + " " + r.url() + " " + r.status());
      }
    });
    page.navigate(baseUrl + "/camunda/app/tasklist/default/");
    page.fill("input[placeholder=\"Username\"]", username);
    page.fill("input[placeholder=\"Password\"]", "demo");
    page.click("button[type=\"submit\"]");
    page.waitForSelector("text=Start process");
    return new User(username, context, page);
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }

  /** One person's Tasklist session. */
  public static final class User implements AutoCloseable {

    private final String username;
    private final BrowserContext context;
    private final Page page;

    User(String username, BrowserContext context, Page page) {
      this.username = username;
      this.context = context;
      this.page = page;
    }

    public Page page() {
      return page;
    }

    /** The filter names in the left column (Tasklist shows the count of the selected one next to it). */
    public List<String> filters() {
      page.waitForSelector(".task-filter");
      return page.locator(".task-filter h4 a").allInnerTexts().stream()
          .map(t -> t.replaceAll("\\s+\\d+\\s*$", "").strip()).toList();
    }

    public void startProcess(String processName) {
      page.click("text=Start process");
      page.click(".modal a:has-text(\"" + processName + "\")");
      page.waitForSelector(".modal .fjs-form");
    }

    public void submitStartForm() {
      page.click(".modal button:has-text(\"Start\")");
      page.waitForSelector(".modal", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.DETACHED));
    }

    /** Opens a task from a filter and claims it if it is a group task, as Tasklist requires before editing. */
    public void openTask(String filter, String taskName) {
      page.click(".task-filter >> text=" + filter);
      page.click(".tasks-list >> text=" + taskName);
      page.waitForSelector(".fjs-form");
      Locator claim = page.locator("button:has-text(\"Claim\")");
      if (claim.count() > 0 && claim.first().isVisible()) {
        claim.first().click();
        page.waitForSelector("button:has-text(\"Claim\")",
            new Page.WaitForSelectorOptions().setState(WaitForSelectorState.HIDDEN));
      }
    }

    public List<String> taskNamesIn(String filter) {
      page.click(".task-filter >> text=" + filter);
      page.waitForTimeout(1500);
      return page.locator(".tasks-list .task h4").allInnerTexts().stream().map(String::strip).toList();
    }

    private Locator field(String key) {
      return page.locator("[id$=\"-Field_" + key + "\"]").first();
    }

    public User fill(String key, Object value) {
      field(key).fill(String.valueOf(value));
      return this;
    }

    public User check(String key) {
      field(key).check();
      return this;
    }

    public User choose(String label) {
      page.click("label:has-text(\"" + label + "\")");
      return this;
    }

    /** A form-js datetime field: the date part is typed as the browser's locale shows it (mm/dd/yyyy). */
    public User date(String key, String mmddyyyy) {
      Locator input = page.locator("[id$=\"-Field_" + key + "-date\"]").first();
      input.fill(mmddyyyy);
      input.press("Enter");
      return this;
    }

    public User time(String key, String hhmm) {
      Locator input = page.locator("[id$=\"-Field_" + key + "-time\"]").first();
      input.fill(hhmm);
      input.press("Enter");
      return this;
    }

    public User select(String key, String option) {
      page.locator("[id$=\"-Field_" + key + "\"]").first().locator("xpath=..").click();
      page.click(".fjs-dropdownlist-item >> text=" + option);
      return this;
    }

    public String formText() {
      return page.locator(".fjs-form").first().innerText();
    }

    /** Completes the open task and waits until Tasklist has taken it off the list. */
    public void complete() {
      String taskTitle = page.locator("h2.task").first().innerText();
      page.click("button:has-text(\"Complete\")");
      page.waitForSelector("text=Select a task in the list.",
          new Page.WaitForSelectorOptions().setTimeout(20_000));
      if (taskTitle.isBlank()) {
        throw new IllegalStateException(username + ": no task was open");
      }
    }

    /** The red notification Tasklist shows when the server refuses a submission. */
    public String errorNotification() {
      Locator error = page.locator(".notifications .alert-danger:visible, .alert-danger:visible");
      error.first().waitFor();
      return error.first().innerText();
    }

    @Override
    public void close() {
      context.close();
    }
  }
}
