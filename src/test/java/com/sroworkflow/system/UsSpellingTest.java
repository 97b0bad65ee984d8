package com.sroworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Everything a user reads is in US English (issue 19): the names and documentation in the models, the labels,
 * texts and option labels of the forms, the page and mail templates, the message bundles, and the sentences in
 * the Java sources (string literals with a space: messages, mail text, refusals). Keys, ids, variable names and
 * stored values are not read by users and may keep their old spelling (renaming them would break running
 * cases and stored records).
 */
class UsSpellingTest {

  /** British spellings and their US forms; word stems, matched case-insensitively. */
  private static final Pattern BRITISH = Pattern.compile("(?i)\\b(\\w*(?:favour|behaviour|colour|honour|labour|neighbour"
      + "|offence|defence|licence|centre|programme|judgement|catalogue|enquir|travell|cancell|modell|labell"
      + "|organis|recognis|realis(?!t)|apologis|authoris|prioritis|summaris|minimis|criticis|utilis|categoris"
      + "|finalis|normalis|emphasis(?:e|ed|es|ing)\\b|analys(?:e|ed|es|ing)\\b)\\w*)");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> FORM_TEXT = Set.of("label", "text", "description", "dateLabel", "timeLabel",
      "placeholder");

  @Test
  void formsModelsTemplatesMessagesAndSentencesInTheCodeUseUsSpelling() throws Exception {
    List<String> found = new ArrayList<>();
    for (Path form : files("forms", ".form")) {
      formText(JSON.readTree(form.toFile()), form, found);
    }
    for (Path model : concat(files("bpmn", ".bpmn"), files("bpmn", ".dmn"))) {
      modelText(model, found);
    }
    for (Path template : files("src/main/resources/templates", "")) {
      // The words between the tags; attributes (aria-labelledby, field names) and expressions are not read.
      check(template, Files.readString(template).replaceAll("<[^>]*>", " ").replaceAll("[$#*@]\\{[^}]*}", " "),
          found);
    }
    for (Path bundle : files("src/main/resources", ".properties")) {
      for (String line : Files.readAllLines(bundle)) {
        int eq = line.indexOf('=');
        if (!line.startsWith("#") && eq > 0) {
          check(bundle, line.substring(eq + 1), found);
        }
      }
    }
    Pattern literal = Pattern.compile("\"((?:[^\"\\\\\\n]++|\\\\.)*+)\"");
    for (Path source : files("src/main/java", ".java")) {
      Matcher m = literal.matcher(Files.readString(source));
      while (m.find()) {
        if (m.group(1).contains(" ")) {
          check(source, m.group(1), found);
        }
      }
    }
    assertThat(found).as("British spellings where users read them").isEmpty();
  }

  @Test
  void theCheckFindsABritishSpelling() {
    List<String> found = new ArrayList<>();
    check(Path.of("probe"), "Board favourable? Summarise the behaviour; the organisation's centre.", found);
    check(Path.of("probe"), "Board favorable? Summarize the behavior at the center; advise, revise, emphasis.", found);
    assertThat(found).hasSize(5);
  }

  private static void formText(JsonNode node, Path form, List<String> found) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        if (FORM_TEXT.contains(e.getKey()) && e.getValue().isTextual()) {
          check(form, e.getValue().asText(), found);
        } else {
          formText(e.getValue(), form, found);
        }
      });
    } else if (node.isArray()) {
      node.forEach(child -> formText(child, form, found));
    }
  }

  private static void modelText(Path model, List<String> found) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(model.toFile());
    NodeList all = doc.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      // In BPMN a name is a label; in DMN an input's or output's name is a variable and its label is read.
      List<String> read = model.toString().endsWith(".dmn") ? List.of("label") : List.of("name");
      for (String attribute : read) {
        if (e.hasAttribute(attribute) && !e.getNamespaceURI().contains("camunda.org/schema")) {
          check(model, e.getAttribute(attribute), found);
        }
      }
      if (Set.of("documentation", "description").contains(e.getLocalName())) {
        check(model, e.getTextContent(), found);
      }
    }
  }

  private static void check(Path where, String text, List<String> found) {
    Matcher m = BRITISH.matcher(text.replaceAll("\\{\\{[^}]*}}", " "));
    while (m.find()) {
      found.add(where + ": \"" + m.group(1) + "\" in \"" + abbreviate(text) + "\"");
    }
  }

  private static String abbreviate(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() > 100 ? oneLine.substring(0, 100) + "…" : oneLine;
  }

  private static List<Path> files(String dir, String suffix) throws IOException {
    Path root = Path.of(dir);
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static List<Path> concat(List<Path> a, List<Path> b) {
    List<Path> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

}
