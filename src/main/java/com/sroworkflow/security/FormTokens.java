package com.sroworkflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The token a project page's form (the school calendar, /calendar) carries so that a change made with the
 * webapps' login session comes from the page itself and not from another site (cross-site request forgery):
 * one random token per session, in a hidden field {@value #FIELD}; {@link WebSecurity} lets such a POST run
 * as the session's person only when the token matches.
 */
public final class FormTokens {

  public static final String FIELD = "formToken";
  private static final String ATTRIBUTE = FormTokens.class.getName();
  private static final SecureRandom RANDOM = new SecureRandom();

  private FormTokens() {}

  /** The session's token, created on first use; empty without a session (an API client's Basic login). */
  public static String of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return "";
    }
    Object token = session.getAttribute(ATTRIBUTE);
    if (token instanceof String s) {
      return s;
    }
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String created = HexFormat.of().formatHex(bytes);
    session.setAttribute(ATTRIBUTE, created);
    return created;
  }

  /** Whether the form's token is the session's. */
  static boolean valid(HttpServletRequest request, HttpSession session) {
    Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
    String sent = request.getParameter(FIELD);
    return expected instanceof String s && sent != null
        && MessageDigest.isEqual(s.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }
}
