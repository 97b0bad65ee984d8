package com.sroworkflow.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.server.ResponseStatusException;

/**
 * Authenticates the application's own REST API under {@code /api}: HTTP Basic against the Camunda
 * identities, or the session of someone logged in to the Camunda webapps (so an admin reads the API
 * in the browser they use Cockpit in). The request then runs as that person, with their groups and
 * schools (tenants), so the engine's authorization and tenant checks apply to what it does.
 * Anyone else gets 401; {@link #requireGroup} gives 403 to a person without the needed role. The one
 * exception is the public's tip, {@code POST /api/tips}, sent without login.
 */
@Configuration
public class ApiAuthentication {

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(ProcessEngine engine) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine));
    registration.setName("apiAuthentication");
    // the quarterly report pages (program) are read the same way
    registration.addUrlPatterns("/api/*", "/reports/*");
    return registration;
  }

  /** The person calling, refused with 403 unless they belong to the group. */
  public static Authentication requireGroup(IdentityService identity, String groupId) {
    Authentication current = identity.getCurrentAuthentication();
    if (current == null || current.getUserId() == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
    }
    if (current.getGroupIds() == null || !current.getGroupIds().contains(groupId)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "This needs the role " + groupId + ".");
    }
    return current;
  }

  static final class ApiAuthenticationFilter extends OncePerRequestFilter {

    private final ProcessEngine engine;

    ApiAuthenticationFilter(ProcessEngine engine) {
      this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (isPublicTip(request)) {
        // The public sends tips without login (tip/TipApi); the request runs as no one.
        chain.doFilter(request, response);
        return;
      }
      String header = request.getHeader("Authorization");
      // A browser session is accepted for reading only: a change needs credentials sent with the
      // request itself, which another site cannot make a logged-in browser send (no CSRF).
      boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
      Authentication caller = header != null && header.regionMatches(true, 0, "Basic ", 0, 6)
          ? basic(header.substring(6).trim())
          : reading ? session(request.getSession(false)) : null;
      if (caller == null) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"SRO Workflow\"");
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        return;
      }
      IdentityService identity = engine.getIdentityService();
      identity.setAuthentication(caller);
      try {
        chain.doFilter(request, response);
      } finally {
        identity.clearAuthentication();
      }
    }

    /**
     * Exactly {@code POST /api/tips}, matched on the raw request URI: no other method, and no variant
     * of the path (a trailing slash, {@code ;} parameters, encoded characters) escapes the login.
     */
    private static boolean isPublicTip(HttpServletRequest request) {
      return "POST".equals(request.getMethod())
          && (request.getContextPath() + "/api/tips").equals(request.getRequestURI());
    }

    private Authentication basic(String encoded) {
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return null;
      }
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      String user = decoded.substring(0, colon);
      IdentityService identity = engine.getIdentityService();
      if (!identity.checkPassword(user, decoded.substring(colon + 1))) {
        return null;
      }
      List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
      List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
          .map(Tenant::getId).toList();
      return new Authentication(user, groups, tenants);
    }

    private Authentication session(HttpSession session) {
      if (session == null) {
        return null;
      }
      Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
      if (authentications != null
          && authentications.getAuthenticationForProcessEngine(engine.getName()) instanceof UserAuthentication user) {
        return new Authentication(user.getIdentityId(), user.getGroupIds(), user.getTenantIds());
      }
      return null;
    }
  }
}
