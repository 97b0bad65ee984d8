package com.sroworkflow.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one rule for every browser test: run when Chromium is installed; otherwise skip and say so,
 * unless CI is set ({@code CI=true}), where a missing browser fails the test class ({@code .ci/run}
 * installs it). Evaluated before the Spring context starts, so a skipped test costs nothing.
 */
public final class ChromiumCondition implements ExecutionCondition {

  /** Debian's chromium package; override with {@code -Dchromium.path=...} or {@code CHROMIUM_PATH}. */
  public static Path chromium() {
    String configured = System.getProperty("chromium.path", System.getenv("CHROMIUM_PATH"));
    return Paths.get(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
  }

  public static boolean underCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Path chromium = chromium();
    if (Files.isExecutable(chromium)) {
      return ConditionEvaluationResult.enabled("Chromium at " + chromium);
    }
    if (underCi()) {
      // Under CI the browser tests must run: fail at once, before the application starts.
      throw new IllegalStateException("CI=true and Chromium is missing at " + chromium
          + ": the browser tests must run under CI (.ci/run installs chromium and chromium-driver)");
    }
    String reason = "Chromium not installed at " + chromium
        + " (apt-get install -y chromium chromium-driver); skipping browser test "
        + context.getDisplayName();
    System.err.println("[browser tests] " + reason);
    return ConditionEvaluationResult.disabled(reason);
  }
}
