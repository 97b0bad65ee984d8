package com.sroworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Engine internals ({@code org.camunda.bpm.engine.impl}) stay in the few plugins that cannot do without
 * them, so the project can move to Operaton with a recipe run: a new file that needs them fails here
 * until it is named below, with its reason.
 */
class EngineInternalsTest {

  private static final Path MAIN = Path.of("src/main/java/com/sroworkflow");
  private static final Pattern INTERNAL = Pattern.compile("org\\.camunda\\.bpm\\.engine\\.impl\\.[\\w.]*\\w");

  /** The files allowed to use engine internals; each says why in a comment beginning "Engine internals:". */
  private static final Set<String> ALLOWED = Set.of(
      "system/EnginePlugin.java",          // parse listeners, the authorization manager, the product's authority, the clock
      "school/SchoolTenantPlugin.java",    // the tenant id provider
      "directory/DirectoryPlugin.java",    // the identity provider (the LDAP plugin's session)
      "threat/ReporterPrivacyPlugin.java", // the history event producer
      "identity/StoredPasswords.java");    // stored password hashes, saving past the policy

  @Test
  void engineInternalsAreOnlyInTheFewPluginsThatNeedThem() throws IOException {
    assertThat(filesUsingInternals().keySet()).isSubsetOf(ALLOWED);
    assertThat(ALLOWED).hasSizeLessThanOrEqualTo(5);
  }

  @Test
  void eachFileUsingInternalsSaysWhyInOneLine() throws IOException {
    for (String file : filesUsingInternals().keySet()) {
      assertThat(Files.readString(MAIN.resolve(file))).as(file).containsPattern("(?m)^// Engine internals: \\S.*$");
    }
  }

  /** Each file of src/main that uses an engine internal, with them. */
  private static TreeMap<String, Set<String>> filesUsingInternals() throws IOException {
    TreeMap<String, Set<String>> found = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = INTERNAL.matcher(Files.readString(file));
        Set<String> internals = m.results().map(r -> r.group()).collect(Collectors.toSet());
        if (!internals.isEmpty()) {
          found.put(MAIN.relativize(file).toString().replace('\\', '/'), internals);
        }
      }
    }
    return found;
  }
}
