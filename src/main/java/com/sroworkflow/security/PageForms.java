package com.sroworkflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The forms of the case pages ({@code /cases/...}) post with the webapps' login session, as the pages are read with
 * it. What keeps another site from posting them in the person's name is a token kept in the session (a
 * synchronizer token, as Spring Security's {@code HttpSessionCsrfTokenRepository} keeps one) that each form carries
 * in the field {@value #FIELD}: a post without it, or with another session's, runs as no one (401).
 */
public final class PageForms {

  public static final String FIELD = "_csrf";
  private static final String ATTRIBUTE = PageForms.class.getName() + ".token";
  private static final SecureRandom RANDOM = new SecureRandom();

  private PageForms() {}

  /** The session's token for the page's forms, made on first use. */
  public static String token(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return "";
    }
    synchronized (session) {
      Object token = session.getAttribute(ATTRIBUTE);
      if (token instanceof String t) {
        return t;
      }
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      String t = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      session.setAttribute(ATTRIBUTE, t);
      return t;
    }
  }

  /** A form of a case page posted with its session's token. */
  static boolean posted(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    HttpSession session = request.getSession(false);
    if (!"POST".equals(request.getMethod()) || !path.startsWith("/cases/") || session == null) {
      return false;
    }
    Object expected = session.getAttribute(ATTRIBUTE);
    String sent = request.getParameter(FIELD);
    return expected instanceof String e && sent != null
        && MessageDigest.isEqual(e.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }
}
