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
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The one message bundle (src/main/resources/messages.properties, security.Messages): every key the code and the
 * templates use is in it, and no message shows a person a regular expression, a Java class or package name, a
 * stack trace or JSON. Every message is a valid MessageFormat whose apostrophes are written twice.
 */
class MessagesTest {

  /** The families of keys the code names in full (mail keys are composed at run time, from mail.*). */
  private static final Pattern KEY_IN_JAVA = Pattern.compile(
      "\"((?:calendar|problem|form|values|school|text|error)\\.[a-z][A-Za-z0-9.-]*[A-Za-z0-9])\"");
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
    assertThat(missing).isEmpty();
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

  private static List<Path> files(String root, String suffix) throws IOException {
    try (Stream<Path> paths = Files.walk(Path.of(root))) {
      return paths.filter(p -> p.toString().endsWith(suffix)).toList();
    }
  }
}
