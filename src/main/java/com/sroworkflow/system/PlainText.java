package com.sroworkflow.system;

import java.util.regex.Pattern;

/**
 * What free text from a person may not contain: expression syntax ({@code ${}, {@code #{}) or script
 * markup. Nothing typed in is ever evaluated, but such text is refused outright rather than stored
 * for some later viewer or template to trip over.
 */
public final class PlainText {

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{");
  private static final Pattern MARKUP = Pattern.compile("(?i)<\\s*script|javascript\\s*:|<\\s*iframe|<[^>]*\\son\\w+\\s*=");

  private PlainText() {}

  /** Refuses, naming the field, text with expression syntax or script markup. */
  public static void check(String field, String label, String text) {
    if (text == null) {
      return;
    }
    if (EXPRESSION.matcher(text).find()) {
      throw new InvalidInputException(field, label + " contains '${' or '#{', which is not accepted.");
    }
    if (MARKUP.matcher(text).find()) {
      throw new InvalidInputException(field, label + " contains script markup, which is not accepted.");
    }
  }
}
