package com.sroworkflow.system;

import com.sroworkflow.security.Messages;

/**
 * Free text from a person is stored as typed: whatever it contains ({@code <svg onload=...>}, {@code ${...}},
 * entity-encoded script) is only ever data. Nothing evaluates it, and every place that writes it out encodes
 * it for that context (Tasklist's forms and the webapps escape it; the application's HTML goes through the
 * OWASP Java Encoder, see {@link Html}; JSON answers are written by Jackson). A blocklist of markup would
 * miss spellings and refuse honest text ("a < b"), so there is none.
 *
 * <p>What text may not contain is what no person types: NUL and the other control characters, newline and
 * tab aside. Those are refused, naming the field.
 */
public final class PlainText {

  private PlainText() {}

  /** Refuses, naming the field, text with NUL or another control character than newline and tab. */
  public static void check(String field, String label, String text) {
    if (text != null && controlCharacter(text) >= 0) {
      throw new InvalidInputException(field, controlMessage(label));
    }
  }

  /** The index of the first control character other than newline and tab, or -1. */
  public static int controlCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
        return i;
      }
    }
    return -1;
  }

  static String controlMessage(String label) {
    return Messages.text("text.control-character", label);
  }
}
