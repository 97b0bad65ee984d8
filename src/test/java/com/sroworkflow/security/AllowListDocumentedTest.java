package com.sroworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The allow-list in docs/security.md is the one in the code, row for row and in order, so the
 * document a district's security office reads cannot drift from what the gate lets through. On a
 * difference the expected table is written to target/allow-list.md to paste into the document.
 */
class AllowListDocumentedTest {

  private static final String HEADER = "| API | method | path | who | check |\n|---|---|---|---|---|\n";

  @Test
  void theSecurityDocumentListsEveryRowOfTheAllowListAndNoOther() throws IOException {
    String expected = HEADER + AllowList.rules().stream().map(AllowListDocumentedTest::row)
        .collect(Collectors.joining("\n")) + "\n";
    String doc = Files.readString(Path.of("docs/security.md"));
    int start = doc.indexOf(HEADER);
    assertThat(start).as("docs/security.md has the allow-list table").isNotNegative();
    int end = doc.indexOf("\n\n", start);
    String documented = doc.substring(start, end + 1);
    if (!documented.equals(expected)) {
      Files.createDirectories(Path.of("target"));
      Files.writeString(Path.of("target/allow-list.md"), expected);
    }
    assertThat(documented).as("docs/security.md's allow-list (expected table in target/allow-list.md)")
        .isEqualTo(expected);
  }

  private static String row(AllowList.Rule r) {
    String api = switch (r.api()) {
      case ENGINE -> "engine";
      case WEBAPP -> "webapps";
      case APP -> "application";
    };
    String check = r.check() == AllowList.Check.NONE ? "" : r.check().name();
    return String.join(" | ", List.of("|", api, "`" + r.method() + "`", "`" + r.template() + "`", r.who().name(),
        check)) + " |";
  }
}
