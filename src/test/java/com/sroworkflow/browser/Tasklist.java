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

/**
 * Camunda Tasklist in the machine's headless Chromium, used the way a person uses it: log in, start
 * a process from its start form, open a filter and a task, claim it, fill the Camunda Form, complete.
 * Playwright drives the browser; it downloads none of its own ({@code /usr/bin/chromium} is used).
 */
public final class Tasklist implements AutoCloseable {

  /**
   * For {@link Accessibility#assertNoSeriousFindings}: parts of Camunda's own Tasklist 7.24 chrome that axe-core
   * flags and the project cannot change (their markup is in Camunda's bundle). What stays checked: the header
   * with our links, the filter names, the task's name and our Camunda Forms (labels, fields, texts).
   */
  public static final String[] CAMUNDA_CHROME = {
    // the footer: Camunda's version, time zone and camunda.org link, in Camunda's low-contrast grey
    "footer",
    // the filter's "details" pencil: an icon link without text
    ".task-filter .actions",
    // the task list's search box (aria-expanded on a text input) and sorting controls (icon links/buttons)
    ".main-field", ".sort-direction", ".new-sort", "[uib-dropdown-toggle]",
    // the task cards: Camunda's grey dates and icons
    ".tasks-list",
    // the task view's icon buttons and links: region toggles, maximize, unclaim, the card's shutter, the
    // process instance link and the due-date reset
    "button[data-region]", ".region-toggle", ".maximize", ".unclaim", ".shutter", ".instance-link",
    ".reset-due-date",
    // the start-process dialog's own header and buttons (its form, ours, stays checked)
    ".modal-header", ".modal-footer"
  };

  /** Screenshots for the README are written only when this is set: {@code mvn verify -Dscreenshots=true}. */
  static final boolean SCREENSHOTS = Boolean.getBoolean("screenshots");
  static final Path SCREENSHOT_DIR = Paths.get("docs", "screenshots");

  private final Playwright playwright;
  private final Browser browser;
  private final String baseUrl;
  private final List<String> serverErrors = new ArrayList<>();
  /**
   * People who closed their session in this walk and are still logged in, by user name: the next {@link #login} of
   * the same person opens Tasklist again in their browser context instead of a new one. A new context has an empty
   * cache, so Chromium loads and compiles Tasklist's bundle again and the person logs in again: about 4 s on a 2-core
   * machine against about 1.5 s for the same person's page opened again (measured 2026-12-03, the browser tests log in
   * some 60 times). {@link #close} logs each of them out, as a person ends the day.
   */
  private final Map<String, User> parked = new java.util.LinkedHashMap<>();

  private Tasklist(String baseUrl) {
    this.baseUrl = baseUrl;
    this.playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(ChromiumCondition.chromium())
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run")));
  }

  /**
   * Opens a browser. Tests are annotated {@link BrowserTest}, whose {@link ChromiumCondition} skips
   * them where there is no Chromium; under CI (CI=true) they run, and a missing browser fails here.
   */
  public static Tasklist open(String baseUrl) {
    Path chromium = ChromiumCondition.chromium();
    if (!Files.isExecutable(chromium)) {
      throw new IllegalStateException("Chromium is missing at " + chromium
          + "; install it (apt-get install -y chromium chromium-driver, as .ci/run does)");
    }
    return new Tasklist(baseUrl);
  }

  /** Writes a screenshot of the page to docs/screenshots/{name}.png when -Dscreenshots=true. */
  static void screenshot(Page page, String name) {
    if (!SCREENSHOTS) {
      return;
    }
    try {
      Files.createDirectories(SCREENSHOT_DIR);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    page.mouse().move(2, page.viewportSize().height - 2); // no tooltip of whatever was last clicked
    page.waitForTimeout(400); // let form-js and the task list settle before the picture
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOT_DIR.resolve(name + ".png")));
  }

  /** A logged-in session of another webapp (Cockpit, Admin) in the same browser. */
  public Page webapp(String username, String app) {
    BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
    context.setDefaultTimeout(20_000);
    Page page = context.newPage();
    page.navigate(baseUrl + "/camunda/app/" + app + "/default/");
    logIn(page, username);
    page.waitForSelector("li.account");
    return page;
  }

  /** A page of someone who is not logged in, for the public pages (the tip page). */
  public Page anonymousPage() {
    BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1000, 900));
    context.setDefaultTimeout(20_000);
    Page page = context.newPage();
    page.onResponse(r -> {
      if (r.status() >= 500) {
        serverErrors.add("anonymous " + r.request().method() + " " + r.url() + " " + r.status());
      }
    });
    return page;
  }

  /** Server errors (HTTP 5xx) any page saw; a person would have seen an error box. */
  public List<String> serverErrors() {
    return serverErrors;
  }

  public User login(String username) {
    User again = parked.remove(username);
    if (again != null && again.reopen(baseUrl)) {
      return again;
    }
    BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
    context.setDefaultTimeout(20_000);
    Page page = context.newPage();
    page.onResponse(r -> {
      if (r.status() >= 500) {
        serverErrors.add(username + " " + r.request().method() + " " + r.url() + " " + r.status());
      }
    });
    page.navigate(baseUrl + "/camunda/app/tasklist/default/");
    logIn(page, username);
    try {
      page.waitForSelector("text=Start process");
    } catch (com.microsoft.playwright.PlaywrightException e) {
      page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "browser-login-" + username + ".png")));
      throw new IllegalStateException(username + " could not log in; the page shows: "
          + page.locator("body").innerText().replaceAll("\\s+", " "), e);
    }
    return new User(this, username, context, page, Traffic.of(page));
  }

  /**
   * The API calls a person's page made and what they were answered, kept from the moment {@link #mark()} is
   * called: what a failed step reports (the Complete that did not return to the list names every request after
   * the click, its status and, for a refusal, the start of its answer).
   */
  static final class Traffic {
    private final List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile boolean recording;

    static Traffic of(Page page) {
      Traffic traffic = new Traffic();
      page.onRequest(r -> {
        if (traffic.recording && r.url().contains("/api/")) {
          traffic.lines.add("-> " + r.method() + " " + shortUrl(r.url()));
        }
      });
      page.onResponse(r -> {
        if (traffic.recording && r.url().contains("/api/")) {
          String answer = "";
          if (r.status() >= 400) {
            try {
              answer = " " + r.text().replaceAll("\\s+", " ");
              answer = answer.length() > 300 ? answer.substring(0, 300) + "..." : answer;
            } catch (RuntimeException unreadable) {
              answer = " (answer unreadable)";
            }
          }
          traffic.lines.add("<- " + r.status() + " " + r.request().method() + " " + shortUrl(r.url()) + answer);
        }
      });
      page.onRequestFailed(r -> {
        if (traffic.recording) {
          traffic.lines.add("xx " + r.method() + " " + shortUrl(r.url()) + " " + r.failure());
        }
      });
      page.onPageError(error -> {
        if (traffic.recording) {
          traffic.lines.add("!! page error: " + error);
        }
      });
      page.onConsoleMessage(message -> {
        if (traffic.recording && ("error".equals(message.type()) || "warning".equals(message.type()))) {
          traffic.lines.add("!! console " + message.type() + ": " + message.text());
        }
      });
      return traffic;
    }

    private static String shortUrl(String url) {
      return url.replaceFirst("^https?://[^/]+", "");
    }

    void mark() {
      lines.clear();
      recording = true;
    }

    void note(String line) {
      lines.add(line);
    }

    String since() {
      synchronized (lines) {
        return String.join("\n  ", lines);
      }
    }
  }

  /**
   * Types the credentials into the login form once the webapp has finished starting: on a loaded
   * machine AngularJS may still re-render the form after it appears, emptying what was typed, so the
   * fields are checked before the form is sent (a login with the right password is never repeated).
   */
  private static void logIn(Page page, String username) {
    page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    Locator user = page.locator("input[placeholder=\"Username\"]");
    Locator password = page.locator("input[placeholder=\"Password\"]");
    for (int attempt = 0; attempt < 10; attempt++) {
      user.fill(username);
      password.fill("demo");
      page.waitForTimeout(150);
      if (username.equals(user.inputValue()) && "demo".equals(password.inputValue())) {
        break;
      }
    }
    page.click("button[type=\"submit\"]");
  }

  @Override
  public void close() {
    try {
      for (User user : List.copyOf(parked.values())) {
        user.logOutAndClose();
      }
      parked.clear();
    } finally {
      browser.close();
      playwright.close();
    }
  }

  /** One person's Tasklist session. */
  public static final class User implements AutoCloseable {

    private final Tasklist tasklist;
    private final String username;
    private final BrowserContext context;
    private final Page page;
    private final Traffic traffic;

    User(Tasklist tasklist, String username, BrowserContext context, Page page, Traffic traffic) {
      this.tasklist = tasklist;
      this.username = username;
      this.context = context;
      this.page = page;
      this.traffic = traffic;
    }

    public Page page() {
      return page;
    }

    /** For the README: docs/screenshots/{name}.png, written only with -Dscreenshots=true. */
    public User screenshot(String name) {
      Tasklist.screenshot(page, name);
      return this;
    }

    /** Whether Camunda's "migrate to Camunda 8" banner is visible (user-styles.css hides it). */
    public boolean migrationBannerVisible() {
      Locator banner = page.locator(".ce-eol-banner");
      return banner.count() > 0 && banner.first().isVisible();
    }

    /** The task cards of a filter: name, due date and the case column, as a person reads them. */
    public List<String> cardsIn(String filter) {
      showFilter(filter);
      return page.locator(".tasks-list .task:has(h4)").allInnerTexts().stream()
          .map(t -> t.replaceAll("\\s+", " ").strip()).toList();
    }

    /**
     * The card of the filter's list that names the given text, waiting for it: a list drawn from an
     * earlier moment (the count of the filter selected before, the first load after login on a busy
     * machine) is read again after reloading the page, for up to 30 seconds.
     */
    public String cardWith(String filter, String text) {
      long until = System.currentTimeMillis() + 30_000;
      List<String> seen = List.of();
      while (true) {
        try {
          seen = cardsIn(filter);
        } catch (IllegalStateException stillLoading) {
          seen = List.of();
        }
        for (String card : seen) {
          if (card.contains(text)) {
            return card;
          }
        }
        if (System.currentTimeMillis() > until) {
          throw new AssertionError(username + ": no card naming \"" + text + "\" in filter " + filter
              + "; the list showed " + seen);
        }
        page.waitForTimeout(1_000);
        page.reload();
        page.waitForSelector(".task-filter");
      }
    }

    /** The title of the open task as Tasklist shows it above the form. */
    public String openTaskName() {
      return page.locator("h2.task").first().innerText().strip();
    }

    /** Logs out through the account menu, as a person does, and waits for the login form. */
    public void logout() {
      page.click("li.account a.dropdown-toggle");
      page.click("li.logout a");
      page.waitForSelector("input[placeholder=\"Username\"]");
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
      traffic.mark();
      page.click(".task-filter >> text=" + filter);
      page.click(".tasks-list .task h4 >> text=" + taskName);
      page.waitForSelector(".fjs-form");
      claimIfGroupTask();
    }

    /**
     * Opens, among the filter's tasks of this name, the one whose form shows the given text, as a
     * person reads the cards one by one when several cases have the same title (reports whose student
     * is not yet identified); then claims it like {@link #openTask}.
     */
    public void openTaskShowing(String filter, String taskName, String text) {
      traffic.mark();
      showFilter(filter);
      Locator cards = page.locator(".tasks-list .task h4").filter(new Locator.FilterOptions().setHasText(taskName));
      try {
        // the list may have been drawn a moment before the task was created: wait for its card
        cards.first().waitFor(new Locator.WaitForOptions().setTimeout(20_000));
      } catch (com.microsoft.playwright.TimeoutError notYet) {
        page.reload();
        showFilter(filter);
        cards.first().waitFor(new Locator.WaitForOptions().setTimeout(20_000));
      }
      int count = cards.count();
      for (int i = 0; i < count; i++) {
        cards.nth(i).click();
        page.waitForSelector(".fjs-form");
        long until = System.currentTimeMillis() + 5_000;
        while (System.currentTimeMillis() < until) {
          if (formText().contains(text)) {
            claimIfGroupTask();
            return;
          }
          page.waitForTimeout(250);
        }
      }
      throw new AssertionError(username + ": none of the " + count + " tasks named \"" + taskName + "\" in filter "
          + filter + " shows \"" + text + "\"");
    }

    private void claimIfGroupTask() {
      Locator claim = page.locator("button:has-text(\"Claim\")");
      if (claim.count() > 0 && claim.first().isVisible()) {
        claim.first().click();
        page.waitForSelector("button:has-text(\"Claim\")",
            new Page.WaitForSelectorOptions().setState(WaitForSelectorState.HIDDEN));
      }
    }

    public List<String> taskNamesIn(String filter) {
      showFilter(filter);
      return page.locator(".tasks-list .task h4").allInnerTexts().stream().map(String::strip).toList();
    }

    /**
     * The filter Tasklist selected and its count, as drawn after its name once loaded: what a person sees
     * first after logging in (issue 19).
     */
    public String selectedFilterWithCount() {
      Locator name = page.locator(".task-filter.active h4 a").first();
      java.util.regex.Pattern count = java.util.regex.Pattern.compile("\\(?(\\d+)\\)?\\s*$");
      long until = System.currentTimeMillis() + 15_000;
      while (System.currentTimeMillis() < until) {
        page.waitForTimeout(250);
        if (name.count() > 0 && count.matcher(name.innerText()).find()) {
          return name.innerText().replaceAll("\\s+", " ").strip();
        }
      }
      throw new IllegalStateException(username + ": no filter selected with its count");
    }

    /**
     * Selects a filter and waits until its list is loaded: Tasklist shows the selected filter's count
     * after its name (drawn as "(2)"), and the list then holds that many cards (at most a page).
     */
    private void showFilter(String filter) {
      page.click(".task-filter >> text=" + filter);
      Locator name = page.locator(".task-filter h4 a").filter(new Locator.FilterOptions().setHasText(filter)).first();
      java.util.regex.Pattern count = java.util.regex.Pattern.compile("\\(?(\\d+)\\)?\\s*$");
      long until = System.currentTimeMillis() + 15_000;
      while (System.currentTimeMillis() < until) {
        page.waitForTimeout(250);
        java.util.regex.Matcher m = count.matcher(name.innerText());
        if (m.find()) {
          int expected = Math.min(Integer.parseInt(m.group(1)), 15);
          if (page.locator(".tasks-list .task:has(h4)").count() == expected) {
            page.waitForTimeout(250);
            return;
          }
        }
      }
      throw new IllegalStateException(username + ": the list of filter " + filter + " did not load");
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

    /**
     * The option of one radio field (by its key) whose label is exactly this text. (The pattern goes
     * to the browser as a JavaScript regular expression: no \\Q..\\E quoting.)
     */
    public User radio(String key, String label) {
      try {
        page.locator(".fjs-form-field-radio:has(input[id*=\"-Field_" + key + "-\"]) label")
          .filter(new Locator.FilterOptions().setHasText(
              java.util.regex.Pattern.compile("^\\s*" + label.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0") + "\\s*$")))
          .first().click(new Locator.ClickOptions().setTimeout(5000));
      } catch (com.microsoft.playwright.PlaywrightException e) {
        throw new IllegalStateException("no option '" + label + "' in radio " + key + ": "
            + page.locator("[id*=\"Field_" + key + "\"]").first().evaluate("e => e.closest('.fjs-form-field').outerHTML"), e);
      }
      return this;
    }

    /** A radio option or checklist entry whose label is exactly this text. */
    public User chooseExactly(String label) {
      page.locator("label:visible").getByText(label, new Locator.GetByTextOptions().setExact(true)).first().click();
      return this;
    }

    /**
     * A form-js date or datetime field: the date part is typed as the browser's locale shows it
     * (mm/dd/yyyy). A date-only field's input ends in the key, a datetime's in "-date".
     */
    public User date(String key, String mmddyyyy) {
      Locator input = page.locator("input[id$=\"-Field_" + key + "-date\"], input[id$=\"-Field_" + key + "\"]").first();
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

    /** Clicks Complete, for a submission the form or the server is expected to refuse. */
    public void tryComplete() {
      page.click("button:has-text(\"Complete\")");
    }

    /** Whether Tasklist lets the person press Complete now. */
    public boolean completeEnabled() {
      return page.locator("button:has-text(\"Complete\")").first().isEnabled();
    }

    /**
     * Reloads the open task, as a person does after a refused submission: Tasklist 7.24 keeps
     * Complete disabled once form-js has reported an error, even after the field is corrected.
     */
    public void reopen() {
      page.reload();
      page.waitForSelector(".fjs-form");
    }

    /** The validation messages form-js shows under fields left wrong or empty. */
    public List<String> fieldErrors() {
      page.waitForSelector(".fjs-form-field-error:visible");
      return page.locator(".fjs-form-field-error:visible").allInnerTexts().stream().map(String::strip).toList();
    }

    /**
     * What the form says under one field (by its key) once the person has left it: its error, as Tasklist shows it.
     * Waits for the error to appear.
     */
    public String fieldError(String key) {
      field(key).press("Tab");
      Locator error = page.locator(".fjs-form-field:has([id$=\"-Field_" + key + "\"]) .fjs-form-field-error").first();
      error.waitFor();
      return error.innerText();
    }

    public String formText() {
      return page.locator(".fjs-form").first().innerText();
    }

    /**
     * Completes the open task and waits until Tasklist has taken it off the list; when it does not, the failure
     * names what the page shows and every API call it made after the click, with its answer.
     */
    public void complete() {
      String taskTitle = page.locator("h2.task").first().innerText();
      dismissNotifications();
      // form-js (in Tasklist 7.24) debounces what is typed into a text field and hands it to the form when the field
      // loses focus: the person's last field is left first, and Complete is pressed once the form holds its value.
      page.evaluate("() => document.activeElement && document.activeElement.blur && document.activeElement.blur()");
      page.waitForTimeout(350);
      traffic.note("-- Complete clicked");
      try {
        page.waitForResponse(r -> r.request().method().equals("POST")
                && (r.url().endsWith("/submit-form") || r.url().endsWith("/complete")),
            new Page.WaitForResponseOptions().setTimeout(20_000),
            () -> page.click("button:has-text(\"Complete\")"));
        page.waitForSelector("text=Select a task in the list.",
            new Page.WaitForSelectorOptions().setTimeout(20_000));
      } catch (com.microsoft.playwright.PlaywrightException e) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "browser-complete-" + username + ".png")));
        throw new IllegalStateException(username + ": Tasklist did not return to the list after completing \""
            + taskTitle.strip() + "\"; the page shows: "
            + page.locator(".task-card, .notifications, .page-notifications").allInnerTexts().stream()
                .map(t -> t.replaceAll("\\s+", " ").strip()).toList()
            + "; its calls since the task was opened:\n  " + traffic.since() + "\n  the form's state: " + formState(), e);
      }
      if (taskTitle.isBlank()) {
        throw new IllegalStateException(username + ": no task was open");
      }
    }

    /** Tasklist's own state of the open form, for a failure message: its Complete buttons, errors and alerts. */
    private String formState() {
      try {
        return String.valueOf(page.evaluate("() => {"
            + " const out = [];"
            + " document.querySelectorAll('button').forEach(b => { if (/complete/i.test(b.textContent))"
            + "   out.push('button ' + b.textContent.trim() + (b.disabled ? ' disabled' : ' enabled')"
            + "   + (b.offsetParent ? ' shown' : ' hidden')); });"
            + " document.querySelectorAll('.fjs-form-field-error, .alert').forEach(a =>"
            + "   out.push((a.offsetParent ? 'shown ' : 'hidden ') + a.className + ': ' + a.textContent.trim()));"
            + " const form = window.angular && document.querySelector('[cam-tasklist-form]');"
            + " if (form) { const sc = window.angular.element(form).isolateScope() || window.angular.element(form).scope();"
            + "   out.push('form scope: completeInProgress=' + sc.completeInProgress + ' invalid=' + sc.$invalid"
            + "   + ' taskRemoved=' + sc.taskRemoved + ' loaded=' + sc.$loaded); }"
            + " return out.join(' | '); }"));
      } catch (RuntimeException unreadable) {
        return "unreadable: " + unreadable.getMessage();
      }
    }

    /** Closes the notifications in the corner, as a person does before going on. */
    public void dismissNotifications() {
      Locator close = page.locator(".notifications .close:visible, .page-notifications .close:visible");
      for (int i = 0; i < 5 && close.count() > 0; i++) {
        close.first().click();
        page.waitForTimeout(200);
      }
    }

    /** The red notification Tasklist shows when the server refuses a submission. */
    public String errorNotification() {
      Locator error = page.locator(".notifications .alert-danger:visible, .alert-danger:visible");
      error.first().waitFor(new Locator.WaitForOptions().setTimeout(45_000));
      return error.first().innerText();
    }

    /**
     * Logs out (when still logged in) and closes the session. A test that failed half-way may have
     * left a dialog open; then the session is simply closed, keeping the test's own failure.
     */
    /**
     * Ends this part of the walk. A session left as a person leaves it (no dialog open) stays logged in for the
     * person's next turn in this walk (see {@link Tasklist#parked}); one that a failed test left with a dialog open
     * is simply closed, keeping the test's own failure.
     */
    @Override
    public void close() {
      if (page.locator(".modal:visible").count() == 0 && !tasklist.parked.containsKey(username)) {
        tasklist.parked.put(username, this);
        return;
      }
      context.close();
    }

    /** Opens Tasklist again in this session; false (and the session closed) when it is no longer logged in. */
    boolean reopen(String baseUrl) {
      try {
        page.navigate(baseUrl + "/camunda/app/tasklist/default/");
        page.waitForSelector(":text(\"Start process\"), input[placeholder=\"Username\"]");
        if (page.locator("text=Start process").count() > 0) {
          return true;
        }
      } catch (com.microsoft.playwright.PlaywrightException e) {
        // fall through: a new session
      }
      context.close();
      return false;
    }

    /** Logs out through the account menu (when still logged in) and closes the session. */
    void logOutAndClose() {
      try {
        if (page.locator("li.account").count() > 0 && page.locator(".modal").count() == 0) {
          logout();
        }
      } finally {
        context.close();
      }
    }
  }
}
