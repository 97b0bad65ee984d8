package com.sroworkflow.directory;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import com.sroworkflow.identity.Roles;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.SearchResult;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
// Engine internals: the engine takes an identity provider only from a plugin, and the LDAP session extends its types.
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityProviderException;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TenantEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.identity.impl.ldap.LdapAuthenticationException;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.camunda.bpm.identity.impl.ldap.LdapGroupEntity;
import org.camunda.bpm.identity.impl.ldap.LdapGroupQuery;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderSession;
import org.camunda.bpm.identity.impl.ldap.LdapUserQueryImpl;

/**
 * Makes the directory the engine's identity provider, read-only: the engine then has no writable
 * identity provider, so Camunda Admin offers no user, group or tenant editing and the product stores
 * no password for anyone. Refuses to start on an unencrypted connection (see {@link #requireEncrypted}).
 */
class DirectoryPlugin extends AbstractProcessEnginePlugin {

  private final LdapConfiguration ldap;
  private final DirectoryMapping mapping;
  private final DirectoryProperties.BreakGlass breakGlass;
  private final Supplier<LoginThrottle> throttle;

  DirectoryPlugin(DirectoryProperties properties, Supplier<LoginThrottle> throttle) {
    requireEncrypted(properties);
    if (properties.getBindDn() == null || properties.getBindDn().isBlank()
        || properties.getBindPassword() == null || properties.getBindPassword().isEmpty()) {
      throw new IllegalStateException("Refusing to start: the directory needs a bind user (SRO_LDAP_BIND_DN) and its"
          + " password (SRO_LDAP_BIND_PASSWORD, from the environment) to look people up");
    }
    if (properties.getBreakGlass().enabled() && properties.getBreakGlass().getPassword().length() < 12) {
      throw new IllegalStateException("Refusing to start: the break-glass administrator's password"
          + " (SRO_BREAK_GLASS_PASSWORD) must have at least 12 characters");
    }
    this.mapping = new DirectoryMapping(properties);
    this.breakGlass = properties.getBreakGlass();
    this.throttle = throttle;
    this.ldap = ldapConfiguration(properties);
  }

  /**
   * Passwords cross the connection: it must be LDAPS. A plain ldap:// URL is accepted only to a
   * loopback address and only with sro.directory.plain-ldap-for-tests (the tests' and the demo's
   * in-process directory). (The plugin speaks LDAPS, not StartTLS.)
   */
  static void requireEncrypted(DirectoryProperties properties) {
    String url = properties.getUrl();
    if (url == null || url.isBlank()) {
      throw new IllegalStateException("Refusing to start: profile 'ldap' needs the directory's address in"
          + " SRO_LDAP_URL (ldaps://host:636)");
    }
    URI uri = URI.create(url.trim());
    if ("ldaps".equalsIgnoreCase(uri.getScheme())) {
      return;
    }
    if ("ldap".equalsIgnoreCase(uri.getScheme()) && properties.isPlainLdapForTests() && loopback(uri.getHost())) {
      return;
    }
    throw new IllegalStateException("Refusing to start: the directory URL " + url + " is not encrypted; passwords"
        + " would cross the network in the clear. Use ldaps://host:636 (plain ldap:// is accepted only to this"
        + " machine, for tests and the demo, with sro.directory.plain-ldap-for-tests=true)");
  }

  private static boolean loopback(String host) {
    if (host == null) {
      return false;
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(host)) {
        if (!address.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static LdapConfiguration ldapConfiguration(DirectoryProperties p) {
    LdapConfiguration c = new LdapConfiguration();
    c.setServerUrl(p.getUrl().trim());
    c.setUseSsl("ldaps".equalsIgnoreCase(URI.create(p.getUrl().trim()).getScheme()));
    c.setManagerDn(p.getBindDn());
    c.setManagerPassword(p.getBindPassword());
    c.setBaseDn(p.getBaseDn());
    c.setUserSearchBase(p.getUserSearchBase());
    c.setUserSearchFilter(p.getUserSearchFilter());
    c.setUserIdAttribute(p.getUserIdAttribute());
    c.setUserFirstnameAttribute(p.getUserFirstnameAttribute());
    c.setUserLastnameAttribute(p.getUserLastnameAttribute());
    c.setUserEmailAttribute(p.getUserEmailAttribute());
    c.setGroupSearchBase(p.getGroupSearchBase());
    c.setGroupSearchFilter(p.getGroupSearchFilter());
    c.setGroupIdAttribute(p.getGroupIdAttribute());
    c.setGroupNameAttribute(p.getGroupNameAttribute());
    c.setGroupMemberAttribute(p.getGroupMemberAttribute());
    c.setPageSize(p.getPageSize());
    c.setAllowAnonymousLogin(false);
    c.setPasswordCheckCatchAuthenticationException(true);
    // DirectorySession checks READ on the product's ids; the plugin's own check would ask about directory ids
    c.setAuthorizationCheckEnabled(false);
    c.setSortControlSupported(false);
    // An unreachable directory must answer within seconds (503), not hang the request.
    c.setContextProperties(Map.of(
        "com.sun.jndi.ldap.connect.timeout", String.valueOf(p.getConnectTimeout().toMillis()),
        "com.sun.jndi.ldap.read.timeout", String.valueOf(p.getReadTimeout().toMillis())));
    return c;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return ReadOnlyIdentityProvider.class;
      }

      @Override
      public Session openSession() {
        // the engine's own login delay and lockout settings (application.yaml), read when they are final
        return new DirectorySession(ldap, mapping, breakGlass, throttle, new LoginThrottle.Rules(
            configuration.getLoginMaxAttempts(), configuration.getLoginDelayBase(),
            configuration.getLoginDelayFactor(), configuration.getLoginDelayMaxTime()));
      }
    });
  }

  /**
   * Camunda's LDAP identity provider, read through the product's table (DirectoryMapping): the engine,
   * the webapps and the REST API see the product's group ids (principal, sro, ...) and the schools as
   * tenants, never the directory's own names. One session serves one engine command, i.e. one request
   * at most: what it learns of a person is kept only that long, so a change in the directory counts
   * from the next request on.
   *
   * <p>The stock plugin answers every tenant query with "none" and uses directory group ids as they
   * are; this subclass reuses its searches, binds and escaping and changes only what is answered.
   * It also adds what the plugin lacks: the engine's login delay and lockout (LoginThrottle), the local
   * break-glass administrator, and a clear outage (DirectoryUnavailableException) instead of an
   * engine error.
   */
  static class DirectorySession extends LdapIdentityProviderSession {

    private final DirectoryMapping mapping;
    private final DirectoryProperties.BreakGlass breakGlass;
    private final Supplier<LoginThrottle> throttle;
    private final LoginThrottle.Rules loginRules;
    private final Map<String, List<String>> schoolValues = new HashMap<>();
    private final Map<String, List<String>> directoryGroups = new HashMap<>();

    DirectorySession(LdapConfiguration configuration, DirectoryMapping mapping, DirectoryProperties.BreakGlass breakGlass,
        Supplier<LoginThrottle> throttle, LoginThrottle.Rules loginRules) {
      super(configuration);
      this.mapping = mapping;
      this.breakGlass = breakGlass;
      this.throttle = throttle;
      this.loginRules = loginRules;
    }

    // Passwords ////////////////////////////////////////////////////////////////////////////////////

    @Override
    public boolean checkPassword(String userId, String password) {
      if (userId == null || userId.isEmpty() || password == null || password.isEmpty()) {
        return false;
      }
      if (isBreakGlass(userId)) {
        return throttle.get().check(userId, loginRules, () -> MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8),
            breakGlass.getPassword().getBytes(StandardCharsets.UTF_8)));
      }
      return directory(() -> {
        User user = findUserById(userId);
        // Directories match names ignoring case; the product's ids do not, so only the exact id logs in.
        if (user == null || !user.getId().equals(userId)) {
          return false;
        }
        return throttle.get().check(userId, loginRules, () -> bind(userId, password));
      });
    }

    private boolean bind(String userId, String password) {
      try {
        return super.checkPassword(userId, password);
      } catch (LdapAuthenticationException e) {
        return false;
      }
    }

    // Users ////////////////////////////////////////////////////////////////////////////////////////

    @Override
    public long findUserCountByQueryCriteria(LdapUserQueryImpl query) {
      return findUserByQueryCriteria(query).size();
    }

    @Override
    public List<User> findUserByQueryCriteria(LdapUserQueryImpl query) {
      return directory(() -> {
        Map<String, User> found = new LinkedHashMap<>();
        if (breakGlassMatches(query)) {
          found.put(breakGlass.getUsername(), breakGlassUser());
        }
        if (query.getGroupId() == null) {
          searchUsers(query, null).forEach(u -> found.putIfAbsent(u.getId(), u));
        } else {
          for (String directoryGroup : mapping.directoryGroupsGiving(query.getGroupId())) {
            if (!getDnForGroup(directoryGroup).isEmpty()) {
              searchUsers(query, directoryGroup).forEach(u -> found.putIfAbsent(u.getId(), u));
            }
          }
        }
        List<User> users = new ArrayList<>(found.values());
        if (query.getTenantId() != null) {
          users.removeIf(u -> !schoolsOf(u.getId()).contains(query.getTenantId()));
        }
        users.removeIf(u -> !u.getId().equals(Context.getCommandContext().getAuthenticatedUserId())
            && !readable(Resources.USER, u.getId()));
        users.sort(Comparator.comparing(User::getId));
        return page(users, query.getFirstResult(), query.getMaxResults());
      });
    }

    /** The plugin's own search for the query's criteria, unpaged, in one directory group or in all users. */
    private List<User> searchUsers(LdapUserQueryImpl query, String directoryGroup) {
      LdapUserQueryImpl search = new LdapUserQueryImpl(ldapConfiguration);
      if (query.getId() != null) {
        search.userId(query.getId());
      }
      if (query.getIds() != null && query.getIds().length > 0) {
        search.userIdIn(query.getIds());
      }
      // The plugin puts these values into its search filter as they are: escaped here, so that a caller's
      // "*", "(" or ")" is a character to match and not filter syntax; "%" of a like query stays a wildcard.
      if (query.getFirstName() != null) {
        search.userFirstName(escapeLDAPSearchFilter(query.getFirstName()));
      }
      if (query.getFirstNameLike() != null) {
        search.userFirstNameLike(escapeLDAPSearchFilter(query.getFirstNameLike()));
      }
      if (query.getLastName() != null) {
        search.userLastName(escapeLDAPSearchFilter(query.getLastName()));
      }
      if (query.getLastNameLike() != null) {
        search.userLastNameLike(escapeLDAPSearchFilter(query.getLastNameLike()));
      }
      if (query.getEmail() != null) {
        search.userEmail(escapeLDAPSearchFilter(query.getEmail()));
      }
      if (query.getEmailLike() != null) {
        search.userEmailLike(escapeLDAPSearchFilter(query.getEmailLike()));
      }
      if (directoryGroup != null) {
        search.memberOfGroup(directoryGroup);
      }
      return super.findUserByQueryCriteria(search);
    }

    @Override
    protected UserEntity transformUser(SearchResult result) {
      UserEntity user = super.transformUser(result);
      if (user.getId() != null && mapping.schoolAttribute() != null) {
        schoolValues.put(user.getId(), values(result.getAttributes().get(mapping.schoolAttribute())));
      }
      return user;
    }

    private static List<String> values(Attribute attribute) {
      List<String> values = new ArrayList<>();
      if (attribute == null) {
        return values;
      }
      try {
        NamingEnumeration<?> all = attribute.getAll();
        while (all.hasMore()) {
          values.add(String.valueOf(all.next()));
        }
      } catch (NamingException e) {
        throw new IdentityProviderException("Could not read the school attribute.", e);
      }
      return values;
    }

    // Groups ///////////////////////////////////////////////////////////////////////////////////////

    @Override
    public long findGroupCountByQueryCriteria(LdapGroupQuery query) {
      return findGroupByQueryCriteria(query).size();
    }

    @Override
    public List<Group> findGroupByQueryCriteria(LdapGroupQuery query) {
      return directory(() -> {
        Collection<String> ids;
        if (query.getUserId() != null) {
          ids = rolesOf(query.getUserId());
        } else {
          Set<String> all = mapping.productGroups();
          if (breakGlass.enabled()) {
            all.add(Roles.ADMIN);
          }
          ids = all;
        }
        List<Group> groups = new ArrayList<>();
        for (String id : ids) {
          GroupEntity group = productGroup(id);
          if (matches(query.getId(), id) && (query.getIds() == null || Arrays.asList(query.getIds()).contains(id))
              && matches(query.getName(), group.getName()) && like(query.getNameLike(), group.getName())
              && matches(query.getType(), group.getType()) && query.getTenantId() == null
              && readable(Resources.GROUP, id)) {
            groups.add(group);
          }
        }
        groups.sort(Comparator.comparing(Group::getId));
        return page(groups, query.getFirstResult(), query.getMaxResults());
      });
    }

    private Set<String> rolesOf(String userId) {
      if (isBreakGlass(userId)) {
        return Set.of(Roles.ADMIN);
      }
      return mapping.rolesOf(directoryGroupsOf(userId));
    }

    /** The ids of the directory groups the person is a direct member of, asked once per session. */
    private List<String> directoryGroupsOf(String userId) {
      return directoryGroups.computeIfAbsent(userId, id -> {
        LdapGroupQuery search = new LdapGroupQuery();
        search.groupMember(id);
        return super.findGroupByQueryCriteria(search).stream().map(Group::getId).toList();
      });
    }

    /**
     * The plugin finds a group's members through its group query, which here answers in the product's
     * ids; this lookup is by the directory's own group id, as the plugin's searches need it.
     */
    @Override
    protected String getDnForGroup(String directoryGroupId) {
      LdapGroupQuery search = new LdapGroupQuery();
      search.groupId(directoryGroupId);
      List<Group> found = super.findGroupByQueryCriteria(search);
      return found.isEmpty() ? "" : ((LdapGroupEntity) found.get(0)).getDn();
    }

    private static GroupEntity productGroup(String id) {
      GroupEntity group = new GroupEntity(id);
      Roles.Role role = Roles.ALL.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
      group.setName(role == null ? id : role.name());
      group.setType(role == null ? "WORKFLOW" : role.type());
      return group;
    }

    // Schools (tenants) ////////////////////////////////////////////////////////////////////////////

    @Override
    public TenantQuery createTenantQuery() {
      return new SchoolQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
      return new SchoolQuery();
    }

    @Override
    public Tenant findTenantById(String id) {
      return mapping.schools().contains(id) ? school(id) : null;
    }

    List<Tenant> findSchools(TenantQueryImpl query) {
      return directory(() -> {
        Collection<String> codes;
        if (query.getUserId() != null) {
          codes = schoolsOf(query.getUserId());
        } else if (query.getGroupId() != null) {
          codes = List.of(); // schools come to people, not to the product's groups
        } else {
          codes = mapping.schools();
        }
        List<Tenant> schools = new ArrayList<>();
        for (String code : codes) {
          if (matches(query.getId(), code) && (query.getIds() == null || Arrays.asList(query.getIds()).contains(code))
              && matches(query.getName(), code) && like(query.getNameLike(), code)
              && readable(Resources.TENANT, code)) {
            schools.add(school(code));
          }
        }
        return page(schools, query.getFirstResult(), query.getMaxResults());
      });
    }

    private Set<String> schoolsOf(String userId) {
      if (isBreakGlass(userId)) {
        return Set.of();
      }
      List<String> values = List.of();
      if (mapping.schoolAttribute() != null) {
        if (!schoolValues.containsKey(userId)) {
          LdapUserQueryImpl byId = new LdapUserQueryImpl(ldapConfiguration);
          byId.userId(userId);
          searchUsers(byId, null);
        }
        values = schoolValues.getOrDefault(userId, List.of());
      }
      return mapping.schoolsOf(values, mapping.needsGroupsForSchools() ? directoryGroupsOf(userId) : List.of());
    }

    private static TenantEntity school(String code) {
      TenantEntity tenant = new TenantEntity(code);
      tenant.setName(code);
      return tenant;
    }

    /** The plugin answers tenant queries with "none"; this one asks the session of its command. */
    static class SchoolQuery extends TenantQueryImpl {

      SchoolQuery() {}

      SchoolQuery(org.camunda.bpm.engine.impl.interceptor.CommandExecutor executor) {
        super(executor);
      }

      @Override
      public long executeCount(CommandContext commandContext) {
        return session(commandContext).findSchools(this).size();
      }

      @Override
      public List<Tenant> executeList(CommandContext commandContext, org.camunda.bpm.engine.impl.Page page) {
        return session(commandContext).findSchools(this);
      }


      private static DirectorySession session(CommandContext commandContext) {
        return (DirectorySession) commandContext.getReadOnlyIdentityProvider();
      }
    }

    // The local break-glass administrator //////////////////////////////////////////////////////////

    private boolean isBreakGlass(String userId) {
      return breakGlass.enabled() && breakGlass.getUsername().equals(userId);
    }

    private boolean breakGlassMatches(LdapUserQueryImpl query) {
      String id = breakGlass.getUsername();
      return breakGlass.enabled() && matches(query.getId(), id)
          && (query.getIds() == null || Arrays.asList(query.getIds()).contains(id))
          && (query.getGroupId() == null || Roles.ADMIN.equals(query.getGroupId()))
          && query.getTenantId() == null && query.getFirstName() == null && query.getFirstNameLike() == null
          && query.getLastName() == null && query.getLastNameLike() == null && query.getEmail() == null
          && query.getEmailLike() == null;
    }

    private UserEntity breakGlassUser() {
      UserEntity user = new UserEntity(breakGlass.getUsername());
      user.setFirstName("Local");
      user.setLastName("Administrator");
      return user;
    }

    // Utilities ////////////////////////////////////////////////////////////////////////////////////

    /** Runs a directory request; an unreachable directory becomes a DirectoryUnavailableException. */
    private <T> T directory(Supplier<T> request) {
      try {
        return request.get();
      } catch (LdapAuthenticationException e) {
        // the configured bind user was refused: the directory is there but unusable for the product
        throw new DirectoryUnavailableException(e);
      } catch (IdentityProviderException e) {
        throw new DirectoryUnavailableException(e);
      }
    }

    private boolean readable(Resource resource, String id) {
      return Context.getCommandContext().getAuthorizationManager().isAuthorized(READ, resource, id);
    }

    private static boolean matches(String wanted, String actual) {
      return wanted == null || wanted.equals(actual);
    }

    /** The engine's "like" (% any text, _ one character) on an in-memory value. */
    private static boolean like(String pattern, String actual) {
      if (pattern == null) {
        return true;
      }
      if (actual == null) {
        return false;
      }
      StringBuilder regex = new StringBuilder();
      for (char c : pattern.toCharArray()) {
        regex.append(c == '%' ? ".*" : c == '_' ? "." : java.util.regex.Pattern.quote(String.valueOf(c)));
      }
      return actual.matches(regex.toString());
    }

    private static <T> List<T> page(List<T> all, int first, int max) {
      int from = Math.min(Math.max(first, 0), all.size());
      int to = (int) Math.min((long) from + max, all.size());
      return new ArrayList<>(all.subList(from, to));
    }
  }
}
