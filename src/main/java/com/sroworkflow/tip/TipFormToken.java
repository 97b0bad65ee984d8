package com.sroworkflow.tip;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The tip page's protection against cross-site form posts: a synchronizer token kept in the
 * visitor's session and sent back as a hidden field. Without it, any web page could make its
 * visitors' browsers post tips from their own addresses, past the per-client limit. The form is
 * anonymous, so there is no login to tie a token to; the session is the one thing the page's own
 * visitor has and another site cannot read. Written here because this branch has no Spring Security
 * (which keeps its token the same way, HttpSessionCsrfTokenRepository); where Spring Security also
 * guards the page, Thymeleaf adds its token to the same form and both are checked.
 */
final class TipFormToken {

  static final String FIELD = "formToken";
  private static final String ATTRIBUTE = TipFormToken.class.getName();
  private static final SecureRandom RANDOM = new SecureRandom();

  private TipFormToken() {}

  /** The session's token, made on first use. */
  static String of(HttpSession session) {
    Object token = session.getAttribute(ATTRIBUTE);
    if (token instanceof String s) {
      return s;
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    session.setAttribute(ATTRIBUTE, fresh);
    return fresh;
  }

  /** Whether the form came from this session's own page (compared in constant time). */
  static boolean matches(HttpSession session, String sent) {
    Object token = session == null ? null : session.getAttribute(ATTRIBUTE);
    return token instanceof String s && sent != null
        && MessageDigest.isEqual(s.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }

  /** A sent tip uses up the token: sending the same page again (reload, back button) is refused, not doubled. */
  static void renew(HttpSession session) {
    session.removeAttribute(ATTRIBUTE);
  }
}
