package com.sroworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one message bundle (src/main/resources/messages.properties, security.Messages): every key the code and the
 * templates use is in it, and no message shows a person a regular expression, a Java class or package name, a
 * stack trace or JSON. Every message is a valid MessageFormat whose apostrophes are written twice. No refusal is
 * written in Java: its words come from the bundle.
 */
class MessagesTest {

  /** The families of keys the code names in full (mail keys are composed at run time, from mail.*). */
  private static final Pattern KEY_IN_JAVA = Pattern.compile(
      "\"((?:calendar|problem|form|values|school|text|error)\\.[a-z][A-Za-z0-9.-]*[A-Za-z0-9])\"");
  /** The calls that read the bundle or hand a key on to a helper that does. */
  private static final Pattern KEY_CALL = Pattern.compile(
      "(?:Messages\\.text|InvalidInputException\\.of|\\brequired|\\bnotInTheFuture)\\(");
  private static final Pattern CAPABILITY_KEY = Pattern.compile(
      "\"((?:absence|abuse|activity|assignment|audit|casefile|courseoutline|dashboard|directory|document|emergency|event"
          + "|figures|identity|incident|interrogation|meeting|mou|narrative|notification|policereport|referral|removal"
          + "|report|selection|system|threat|tip|training|transfer|truancy)\\.[a-z][A-Za-z0-9.-]*[A-Za-z0-9])\"");
  /** The refusals, by the position of their message among their arguments. */
  private static final Map<String, Integer> REFUSAL_MESSAGE_ARGUMENT = Map.ofEntries(
      Map.entry("new InvalidInputException", 1), Map.entry("new ForeignRecordException", 1),
      Map.entry("new ResponseStatusException", 1), Map.entry("new NotNow", 0), Map.entry("new NotYours", 0),
      Map.entry("new DocumentRefused", 2), Map.entry("new Problem", 1), Map.entry("new Refusal", 1),
      Map.entry("Problem.of", 2), Map.entry("Problem.body", 2), Map.entry("Problem.write", 3),
      Map.entry("Problem.send", 4));
  private static final Pattern REFUSAL = Pattern.compile(
      "(new (?:InvalidInputException|ForeignRecordException|ResponseStatusException|NotNow|NotYours|DocumentRefused"
          + "|Problem|Refusal)|Problem\\.(?:of|body|write|send))\\(");
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([a-z][A-Za-z0-9.-]*)[(}]");
  private static final Pattern RAW = Pattern.compile(
      "\\^\\[|\\]\\{|\\\\[dswDSW]|\\(\\?|\\.\\*|\\{\\d+,\\d*}\\$|\\b(?:java|javax|jakarta|org|com)\\.[a-z]+\\.|Exception\\b"
          + "|\\bat [a-z]+\\.[a-z]+\\.|\\{\"|\":");

  private static Properties bundle() throws IOException {
    Properties messages = new Properties();
    try (var in = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources/messages.properties")),
        StandardCharsets.UTF_8)) {
      messages.load(in);
    }
    return messages;
  }

  @Test
  void everyKeyTheCodeAndTheTemplatesUseIsInTheBundle() throws IOException {
    Properties messages = bundle();
    List<String> missing = new ArrayList<>();
    for (Path file : files("src/main/java", ".java")) {
      Matcher key = KEY_IN_JAVA.matcher(Files.readString(file));
      while (key.find()) {
        if (!messages.containsKey(key.group(1))) {
          missing.add(file.getFileName() + ": " + key.group(1));
        }
      }
    }
    for (Path file : files("src/main/resources/templates", ".html")) {
      Matcher key = KEY_IN_TEMPLATE.matcher(Files.readString(file));
      while (key.find()) {
        if (!messages.containsKey(key.group(1))) {
          missing.add(file.getFileName() + ": " + key.group(1));
        }
      }
    }
    for (String kind : List.of("holiday", "break")) {
      if (!messages.containsKey("calendar.kind." + kind)) {
        missing.add("calendar.kind." + kind);
      }
    }
    // The tip page names its free-text fields by their key (tip.Tips, "tip.label." + field).
    for (String field : List.of("threatBehaviour", "incidentLocation", "studentName", "reporterName",
        "reporterContact")) {
      if (!messages.containsKey("tip.label." + field)) {
        missing.add("tip.label." + field);
      }
    }
    // A capability's keys (referral.*, threat.*...) share their names with mail kinds and record counts, so they are
    // looked for where a key goes: in the calls that read the bundle.
    for (Path file : files("src/main/java", ".java")) {
      String source = Files.readString(file);
      Matcher call = KEY_CALL.matcher(source);
      while (call.find()) {
        String arguments = arguments(source, call.end());
        Matcher key = CAPABILITY_KEY.matcher(arguments);
        while (key.find()) {
          if (!messages.containsKey(key.group(1))) {
            missing.add(file.getFileName() + ": " + key.group(1));
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  /**
   * A refusal says what to correct in the words of the bundle, never in a Java string: the message argument of every
   * refusal (the exceptions a person's request is answered with, 4xx, and the problem bodies written directly) holds
   * no string literal outside {@code Messages.text(...)}. A helper that refuses on behalf of its callers takes a
   * bundle key, and {@link #everyKeyTheCodeAndTheTemplatesUseIsInTheBundle} checks those. Exceptions of the kind
   * IllegalStateException are not refusals: they are 500s and failed starts that an operator reads in the log.
   */
  @Test
  void everyRefusalIsWrittenInTheBundleNotInJava() throws IOException {
    List<String> literal = new ArrayList<>();
    for (Path file : files("src/main/java/com/sroworkflow", ".java")) {
      String source = Files.readString(file);
      Matcher refusal = REFUSAL.matcher(source);
      while (refusal.find()) {
        int position = REFUSAL_MESSAGE_ARGUMENT.get(refusal.group(1));
        List<String> arguments = split(arguments(source, refusal.end()));
        if (arguments.size() > position && hasText(arguments.get(position))) {
          literal.add(file.getFileName() + ":" + line(source, refusal.start()) + ": " + refusal.group(1) + "("
              + arguments.get(position).strip());
        }
      }
    }
    assertThat(literal).isEmpty();
  }

  @Test
  void theRefusalRuleFindsALiteralMessage() {
    String source = "throw new InvalidInputException(\"when\", \"Say when (\" + \"today)\");\n"
        + "throw InvalidInputException.of(\"when\", \"threat.when\");\n"
        + "problems.add(new Problem(field, Messages.text(\"tip.too-long\", label, max)));\n"
        + "throw new ResponseStatusException(HttpStatus.NOT_FOUND, \"No such case.\");\n"
        + "Problem.write(response, 400, \"InvalidInput\", Messages.text(\"problem.x\"), \"field\");";
    List<String> found = new ArrayList<>();
    Matcher refusal = REFUSAL.matcher(source);
    while (refusal.find()) {
      List<String> arguments = split(arguments(source, refusal.end()));
      if (hasText(arguments.get(REFUSAL_MESSAGE_ARGUMENT.get(refusal.group(1))))) {
        found.add(refusal.group(1));
      }
    }
    assertThat(found).containsExactly("new InvalidInputException", "new ResponseStatusException");
  }

  @Test
  void noMessageShowsARegexAClassNameOrJson() throws IOException {
    Properties messages = bundle();
    List<String> raw = new ArrayList<>();
    for (String key : messages.stringPropertyNames()) {
      String value = messages.getProperty(key);
      if (RAW.matcher(value).find()) {
        raw.add(key + "=" + value);
      }
    }
    assertThat(raw).isEmpty();
  }

  @Test
  void everyMessageIsAValidMessageFormatWithItsApostrophesWrittenTwice() throws IOException {
    Properties messages = bundle();
    List<String> wrong = new ArrayList<>();
    for (String key : messages.stringPropertyNames()) {
      String value = messages.getProperty(key);
      try {
        String shown = new MessageFormat(value, Locale.US).format(new Object[] {1, 2, 3, 4, 5});
        long written = value.chars().filter(c -> c == '\'').count();
        long apostrophes = shown.chars().filter(c -> c == '\'').count();
        if (written != 2 * apostrophes) {
          wrong.add(key + ": a single apostrophe hides text; write it twice ('')");
        }
      } catch (IllegalArgumentException e) {
        wrong.add(key + ": " + e.getMessage());
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** The text between the parenthesis opened just before {@code from} and the one that closes it. */
  private static String arguments(String source, int from) {
    int depth = 0;
    for (int i = from; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '"' || c == '\'') {
        i = endOfLiteral(source, i);
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (depth-- == 0) {
          return source.substring(from, i);
        }
      }
    }
    return source.substring(from);
  }

  /** The arguments of a call, split at its own commas. */
  private static List<String> split(String arguments) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < arguments.length(); i++) {
      char c = arguments.charAt(i);
      if (c == '"' || c == '\'') {
        i = endOfLiteral(arguments, i);
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(arguments.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(arguments.substring(start));
    return parts;
  }

  private static int endOfLiteral(String source, int start) {
    char quote = source.charAt(start);
    int i = start + 1;
    while (i < source.length() && source.charAt(i) != quote) {
      i += source.charAt(i) == '\\' ? 2 : 1;
    }
    return i;
  }

  /** Whether the expression writes words in a literal (not a name such as a map key) outside the bundle's calls. */
  private static boolean hasText(String expression) {
    Matcher literal = LITERAL.matcher(withoutBundleCalls(expression));
    while (literal.find()) {
      if (!literal.group(1).matches("[A-Za-z0-9_.-]*")) {
        return true;
      }
    }
    return false;
  }

  /** The expression with every {@code Messages.text(...)} call taken out. */
  private static String withoutBundleCalls(String expression) {
    StringBuilder rest = new StringBuilder();
    int from = 0;
    for (int at = expression.indexOf("Messages.text("); at >= 0; at = expression.indexOf("Messages.text(", from)) {
      rest.append(expression, from, at);
      int open = at + "Messages.text(".length();
      from = open + arguments(expression, open).length() + 1;
    }
    return rest.append(expression.substring(Math.min(from, expression.length()))).toString();
  }

  private static int line(String source, int offset) {
    return (int) source.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
  }

  private static List<Path> files(String root, String suffix) throws IOException {
    try (Stream<Path> paths = Files.walk(Path.of(root))) {
      return paths.filter(p -> p.toString().endsWith(suffix)).toList();
    }
  }
}
