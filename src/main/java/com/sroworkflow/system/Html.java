package com.sroworkflow.system;

import org.owasp.encoder.Encode;

/**
 * Encodes text for the HTML the application writes itself (the quarterly report pages), with the OWASP
 * Java Encoder: element content and quoted attribute values. Text is stored as typed (see {@link PlainText})
 * and encoded here, where it is written.
 */
public final class Html {

  private Html() {}

  /** Text for HTML element content or a double-quoted attribute value. */
  public static String text(String s) {
    return s == null ? "" : Encode.forHtml(s);
  }
}
