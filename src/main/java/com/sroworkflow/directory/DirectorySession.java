package com.sroworkflow.directory;

import static org.camunda.bpm.engine.authorization.Permissions.READ;

import com.sroworkflow.identity.Roles;
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
// Engine internals: the LDAP plugin's session (LdapIdentityProviderSession) is built on these types; mapping groups
// and answering tenant queries means extending it.
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityProviderException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
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
class DirectorySession extends LdapIdentityProviderSession {

  private final DirectoryMapping mapping;
  private final DirectoryProperties.BreakGlass breakGlass;
  private final Supplier<LoginThrottle> throttle;
  private final Map<String, List<String>> schoolValues = new HashMap<>();
  private final Map<String, List<String>> directoryGroups = new HashMap<>();

  DirectorySession(LdapConfiguration configuration, DirectoryMapping mapping, DirectoryProperties.BreakGlass breakGlass,
      Supplier<LoginThrottle> throttle) {
    super(configuration);
    this.mapping = mapping;
    this.breakGlass = breakGlass;
    this.throttle = throttle;
  }

  // Passwords ////////////////////////////////////////////////////////////////////////////////////

  @Override
  public boolean checkPassword(String userId, String password) {
    if (userId == null || userId.isEmpty() || password == null || password.isEmpty()) {
      return false;
    }
    if (isBreakGlass(userId)) {
      return throttle.get().check(userId, () -> MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8),
          breakGlass.getPassword().getBytes(StandardCharsets.UTF_8)));
    }
    return directory(() -> {
      User user = findUserById(userId);
      // Directories match names ignoring case; the product's ids do not, so only the exact id logs in.
      if (user == null || !user.getId().equals(userId)) {
        return false;
      }
      return throttle.get().check(userId, () -> bind(userId, password));
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
