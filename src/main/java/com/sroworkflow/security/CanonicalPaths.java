package com.sroworkflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Refuses, with 400 and before anything routes or authorizes it, a request to the gated APIs whose path is
 * not in canonical form: a trailing slash, {@code ;} parameters, {@code //}, {@code .} or {@code ..}
 * segments, a backslash, encoded {@code / . ; \ %} or NUL, or control characters. What is left decodes to
 * exactly the path the servlet container routes (context path + servlet path + path info), so the
 * {@link Gate} and the router see the same path. The one exception is the engine list the webapps load as
 * {@code /camunda/api/engine/engine/} (Camunda's own spelling, with the slash).
 */
@Configuration
class CanonicalPaths {

  static final List<String> GATED = List.of("/engine-rest", "/camunda/api", "/api", "/reports", "/tip", "/cases",
      "/students", "/calendar", "/dashboard", "/v3/api-docs");
  private static final String ENGINE_LIST = "/camunda/api/engine/engine/";
  private static final List<String> ENCODED = List.of("%2f", "%2e", "%3b", "%5c", "%25", "%00");

  /**
   * Tomcat would refuse an encoded slash itself, with an HTML page; let it through still encoded, so this
   * filter refuses it with the same problem body as every other non-canonical path.
   */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesReachTheFilter() {
    return factory -> {
      factory.addConnectorCustomizers(connector -> {
        connector.setEncodedSolidusHandling("passthrough");
        connector.setEncodedReverseSolidusHandling("passthrough");
      });
      // What Tomcat still refuses before any filter (a NUL in the path, a malformed request line) gets a
      // problem body too instead of Tomcat's HTML page.
      factory.addContextCustomizers(context -> ((StandardHost) context.getParent())
          .setErrorReportValveClass(ProblemReportValve.class.getName()));
    };
  }

  /** Tomcat's own error answers as RFC 9457 problems, without server details. */
  public static class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      try {
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getReporter().write(Problem.body(status, status == 400 ? "InvalidPath" : "Refused",
            Messages.text(status == 400 ? "problem.not-http" : "problem.refused"),
            null));
      } catch (IOException | IllegalStateException e) {
        // the connection is gone; nothing more to say
      }
    }
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> canonicalPathFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
    registration.setName("canonicalPaths");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  static boolean gated(String path) {
    for (String prefix : GATED) {
      if (path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + ";")
          || path.startsWith(prefix + "%") || path.startsWith(prefix + "\\")) {
        return true;
      }
    }
    return false;
  }

  /** Why the path is not canonical, or null when it is. */
  static String problem(HttpServletRequest request) {
    String raw = request.getRequestURI().substring(request.getContextPath().length());
    String lower = raw.toLowerCase(Locale.ROOT);
    if (raw.contains(";")) {
      return "it has ';' parameters";
    }
    if (raw.contains("//")) {
      return "it has an empty segment ('//')";
    }
    if (raw.contains("\\")) {
      return "it has a backslash";
    }
    for (String encoded : ENCODED) {
      if (lower.contains(encoded)) {
        return "it encodes '" + UriUtils.decode(encoded, StandardCharsets.UTF_8).replace("\0", "NUL") + "'";
      }
    }
    if (raw.endsWith("/") && !raw.equals(ENGINE_LIST)) {
      return "it ends with '/'";
    }
    String decoded;
    try {
      decoded = UriUtils.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "it is not correctly percent-encoded";
    }
    for (String segment : decoded.split("/", -1)) {
      if (segment.equals(".") || segment.equals("..")) {
        return "it has a '" + segment + "' segment";
      }
    }
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return "it has control characters";
      }
    }
    String routed = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!routed.equals(decoded)) {
      return "it does not route as written";
    }
    return null;
  }

  static final class Filter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String raw = request.getRequestURI().substring(request.getContextPath().length());
      if (gated(raw)) {
        String problem = problem(request);
        if (problem != null) {
          Problem.send(request, response, 400, "InvalidPath", Messages.text("problem.path-not-canonical", problem),
              null);
          return;
        }
      }
      chain.doFilter(request, response);
    }
  }
}
