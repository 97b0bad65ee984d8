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
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
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
 *   <li>The project's pages that change something ({@code /cases/**}, {@code /students/**}, {@code /calendar/**}):
 *       the webapps' login session only, and their forms carry Spring Security's CSRF token kept in that session
 *       ({@link #pages}).</li>
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
          throw new BadCredentialsException(Messages.text("problem.wrong-credentials"));
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
            new AntPathRequestMatcher("/v3/api-docs/**"), new AntPathRequestMatcher("/dashboard"),
            new AntPathRequestMatcher("/dashboard/**")))
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

  /**
   * The project's pages with forms (the case file {@code /cases}, {@code /students}, issue 17; the school calendar
   * {@code /calendar}, issue 19): the Tasklist login only (its session, not Basic), for reading and for the pages'
   * own forms, which carry a CSRF token kept in that session (Spring Security's, put into each {@code th:action}
   * form by Thymeleaf). The one way a page of this project posts. Without a session, a page goes to the login page.
   */
  @Bean
  @Order(0)
  SecurityFilterChain pages(HttpSecurity http, ProcessEngine engine) throws Exception {
    AuthenticationEntryPoint entryPoint = entryPoint();
    http.securityMatcher(new OrRequestMatcher(new AntPathRequestMatcher("/cases/**"),
            new AntPathRequestMatcher("/students/**"), new AntPathRequestMatcher("/calendar"),
            new AntPathRequestMatcher("/calendar/**")))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .securityContext(c -> c.disable())
        .requestCache(c -> c.disable())
        .csrf(c -> c.csrfTokenRepository(new HttpSessionCsrfTokenRepository()))
        .headers(h -> h.frameOptions(f -> f.deny()))
        .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
        .addFilterBefore(new WebappSessionForReading(engine, false), CsrfFilter.class)
        .addFilterAfter(new RunAsCaller(engine), AuthorizationFilter.class)
        .authorizeHttpRequests(a -> a.anyRequest().authenticated());
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
        Messages.text("problem.path-not-canonical", Messages.text("problem.path-rejected")), null);
  }

  private static AuthenticationEntryPoint entryPoint() {
    BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
    basic.setRealmName("SRO Workflow");
    basic.afterPropertiesSet();
    return (request, response, failure) -> {
      if (Browsers.isPage(request)) {
        response.sendRedirect(request.getContextPath() + LOGIN_PAGE + returnTo(request));
      } else if (Browsers.isBrowser(request)) {
        Problem.write(response, 401, "Unauthenticated", Messages.text("problem.session-ended"), null);
      } else {
        response.setHeader("WWW-Authenticate", "Basic realm=\"SRO Workflow\"");
        Problem.write(response, 401, "Unauthenticated", Messages.text("problem.basic-login"), null);
      }
    };
  }

  /**
   * Where the Tasklist login sends the person back to afterwards (its script return-after-login.js): the project
   * page they asked for, when it was a page read (GET); nothing otherwise.
   */
  static String returnTo(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!HttpMethod.GET.matches(request.getMethod())
        || !(path.equals("/calendar") || path.startsWith("/reports/") || path.equals("/cases")
            || path.startsWith("/cases/") || path.equals("/students") || path.startsWith("/students/")
            || path.equals("/dashboard"))) {
      return "";
    }
    String back = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    return "?returnTo=" + java.net.URLEncoder.encode(back, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Tells browsers from API clients by what they ask for and how. */
  static final class Browsers {

    private Browsers() {}

    static boolean isPage(HttpServletRequest request) {
      String accept = request.getHeader("Accept");
      String type = request.getContentType();
      boolean pageForm = HttpMethod.POST.matches(request.getMethod()) && type != null
          && type.startsWith("application/x-www-form-urlencoded");
      return (HttpMethod.GET.matches(request.getMethod()) || pageForm) && accept != null
          && accept.contains("text/html");
    }

    static boolean isBrowser(HttpServletRequest request) {
      return isPage(request) || "XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
          || request.getHeader("Sec-Fetch-Mode") != null || request.getRequestedSessionId() != null;
    }
  }

  /**
   * Someone logged in to the webapps acts as themselves: on the APIs for a GET or HEAD without credentials of its
   * own (see the class comment), on the case file's pages for whatever the page does.
   */
  static final class WebappSessionForReading extends OncePerRequestFilter {

    private final ProcessEngine engine;
    private final boolean readingOnly;

    WebappSessionForReading(ProcessEngine engine) {
      this(engine, true);
    }

    WebappSessionForReading(ProcessEngine engine, boolean readingOnly) {
      this.engine = engine;
      this.readingOnly = readingOnly;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
      if (!readingOnly || reading && request.getHeader("Authorization") == null
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
