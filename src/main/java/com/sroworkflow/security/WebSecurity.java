package com.sroworkflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authentication through Spring Security (issue 14, item 8).
 *
 * <ul>
 *   <li>{@code /engine-rest/**}, {@code /api/**}, {@code /reports/**} and {@code /dashboard}: HTTP Basic for API clients, checked by
 *       Camunda's {@link IdentityService#checkPassword} so the engine's lockout (loginMaxAttempts, growing delays)
 *       and whatever identity provider the engine has (its database, or a directory) decide. No session is
 *       created. {@code /api}, {@code /reports} and {@code /dashboard} also accept the session of someone logged in to the webapps,
 *       for reading only (a change needs credentials sent with the request: no cross-site request forgery).
 *       The request then runs in the engine as that person, with their groups and schools.</li>
 *   <li>The webapps ({@code /camunda/**}) keep the session their own login page creates (through the same
 *       checkPassword) and their CSRF protection and headers; Spring Security adds nothing there.</li>
 *   <li>A browser (a page or the webapps' XHR) without a valid session is never asked for Basic credentials: a
 *       page goes to the login page, an XHR gets 401 without {@code WWW-Authenticate}.</li>
 * </ul>
 *
 * What an authenticated caller may then call is {@link AllowList}'s business ({@link Gate}).
 */
@Configuration
class WebSecurity {

  static final String LOGIN_PAGE = "/camunda/app/tasklist/default/";

  @Bean
  AuthenticationProvider camundaIdentities(ProcessEngine engine) {
    return new AuthenticationProvider() {
      @Override
      public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String user = authentication.getName();
        Object password = authentication.getCredentials();
        IdentityService identity = engine.getIdentityService();
        if (user == null || user.isEmpty() || !(password instanceof String p) || !identity.checkPassword(user, p)) {
          throw new BadCredentialsException("Wrong user name or password.");
        }
        Caller caller = Caller.load(identity, user);
        return UsernamePasswordAuthenticationToken.authenticated(caller, null,
            caller.groupIds().stream().map(g -> new SimpleGrantedAuthority("GROUP_" + g)).toList());
      }

      @Override
      public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
      }
    };
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiClients(HttpSecurity http, ProcessEngine engine) throws Exception {
    AuthenticationEntryPoint entryPoint = entryPoint();
    // Ant-style matchers on the whole path: these paths are served by the engine's Jersey servlets as well as
    // by Spring MVC, so matchers that ask Spring MVC would not see them.
    http.securityMatcher(new OrRequestMatcher(new AntPathRequestMatcher("/engine-rest/**"),
            new AntPathRequestMatcher("/api/**"), new AntPathRequestMatcher("/reports/**"),
            new AntPathRequestMatcher("/dashboard"), new AntPathRequestMatcher("/dashboard/**")))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        .requestCache(c -> c.disable())
        .httpBasic(b -> b.realmName("SRO Workflow").authenticationEntryPoint(entryPoint))
        .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
        .addFilterBefore(new WebappSessionForReading(engine), BasicAuthenticationFilter.class)
        .addFilterAfter(new RunAsCaller(engine), AuthorizationFilter.class)
        .authorizeHttpRequests(a -> a
            .requestMatchers(AllowList.anonymousMatchers()).permitAll()
            .anyRequest().authenticated());
    return http.build();
  }

  /** The webapps, the health check and the public pages: the webapps' own security applies. */
  @Bean
  @Order(2)
  SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
    http.securityMatcher(AnyRequestMatcher.INSTANCE)
        .csrf(c -> c.disable())
        .headers(h -> h.disable())
        .requestCache(c -> c.disable())
        .securityContext(c -> c.disable())
        .sessionManagement(s -> s.disable())
        .authorizeHttpRequests(a -> a.anyRequest().permitAll());
    return http.build();
  }

  /** Requests Spring Security's firewall refuses (encoded slashes, `;`, `..`) get the same 400 as the gate's. */
  @Bean
  RequestRejectedHandler requestRejected() {
    return (request, response, rejected) -> Problem.write(response, 400, "InvalidPath",
        "The request path is not in canonical form: " + rejected.getMessage(), null);
  }

  private static AuthenticationEntryPoint entryPoint() {
    BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
    basic.setRealmName("SRO Workflow");
    basic.afterPropertiesSet();
    return (request, response, failure) -> {
      if (Browsers.isPage(request)) {
        response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
      } else if (Browsers.isBrowser(request)) {
        Problem.write(response, 401, "Unauthenticated", "Your session has ended. Log in again.", null);
      } else {
        response.setHeader("WWW-Authenticate", "Basic realm=\"SRO Workflow\"");
        Problem.write(response, 401, "Unauthenticated", "Log in first: HTTP Basic with your user name and password.",
            null);
      }
    };
  }

  /** Tells browsers from API clients by what they ask for and how. */
  static final class Browsers {

    private Browsers() {}

    static boolean isPage(HttpServletRequest request) {
      String accept = request.getHeader("Accept");
      return HttpMethod.GET.matches(request.getMethod()) && accept != null && accept.contains("text/html");
    }

    static boolean isBrowser(HttpServletRequest request) {
      return isPage(request) || "XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
          || request.getHeader("Sec-Fetch-Mode") != null || request.getRequestedSessionId() != null;
    }
  }

  /** A GET or HEAD from someone logged in to the webapps runs as them (see the class comment). */
  static final class WebappSessionForReading extends OncePerRequestFilter {

    private final ProcessEngine engine;

    WebappSessionForReading(ProcessEngine engine) {
      this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
      if (reading && request.getHeader("Authorization") == null
          && !request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest/")) {
        Caller caller = fromSession(engine, request.getSession(false));
        if (caller != null) {
          SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
              caller, null, List.of()));
        }
      }
      chain.doFilter(request, response);
    }
  }

  /** The person logged in to the webapps in this session, or null. */
  static Caller fromSession(ProcessEngine engine, HttpSession session) {
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications != null
        && authentications.getAuthenticationForProcessEngine(engine.getName()) instanceof UserAuthentication user) {
      return new Caller(user.getIdentityId(), user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds()),
          user.getTenantIds() == null ? List.of() : List.copyOf(user.getTenantIds()));
    }
    return null;
  }

  /** Runs the rest of the request in the engine as the authenticated caller. */
  static final class RunAsCaller extends OncePerRequestFilter {

    private final ProcessEngine engine;

    RunAsCaller(ProcessEngine engine) {
      this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
      if (authentication == null || !(authentication.getPrincipal() instanceof Caller caller)) {
        chain.doFilter(request, response);
        return;
      }
      IdentityService identity = engine.getIdentityService();
      identity.setAuthentication(caller.userId(), caller.groupIds(), caller.tenantIds());
      try {
        chain.doFilter(request, response);
      } finally {
        identity.clearAuthentication();
      }
    }
  }
}
