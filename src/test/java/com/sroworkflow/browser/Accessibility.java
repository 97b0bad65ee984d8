package com.sroworkflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one accessibility check of the browser tests (issue 19): axe-core, run inside the page as it
 * stands, finds nothing serious or critical. {@code exclude} takes CSS selectors of parts the project
 * does not control (parts of Camunda's own webapp chrome), each to be named by the caller with its reason.
 */
public final class Accessibility {

  private static final Set<String> BLOCKING = Set.of("serious", "critical");

  private Accessibility() {}

  public static void assertNoSeriousFindings(Page page, String what, String... exclude) {
    AxeBuilder axe = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
    for (String selector : exclude) {
      axe.exclude(selector);
    }
    AxeResults results = axe.analyze();
    List<Rule> blocking = results.getViolations().stream().filter(v -> BLOCKING.contains(v.getImpact())).toList();
    assertThat(blocking).as(() -> what + ": axe-core found " + blocking.stream()
        .map(v -> v.getImpact() + " " + v.getId() + " (" + v.getHelp() + ") at " + v.getNodes().stream()
            .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
        .collect(Collectors.joining("; "))).isEmpty();
  }
}
