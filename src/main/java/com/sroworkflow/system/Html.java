package com.sroworkflow.system;

import org.owasp.encoder.Encode;

/**
 * Encodes text for HTML with the OWASP Java Encoder: element content and quoted attribute values. Text is
 * stored as typed (see {@link PlainText}) and encoded where it is written. The application's pages are
 * Thymeleaf templates now, which escape what they show; no page calls this any more (TextHostileTest does).
 */
public final class Html {

  private Html() {}

  /** Text for HTML element content or a double-quoted attribute value. */
  public static String text(String s) {
    return s == null ? "" : Encode.forHtml(s);
  }
}
