package com.sroworkflow.directory;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the district's directory is reached and read (profile {@code ldap}, see application-ldap.yaml and
 * docs/operations.md). The bind password comes from the environment (SRO_LDAP_BIND_PASSWORD), never
 * from a file in the repository.
 */
@ConfigurationProperties("sro.directory")
class DirectoryProperties {

  /** {@code ldaps://host:636}; a plain {@code ldap://} URL is refused unless {@link #plainLdapForTests}. */
  private String url;
  /** Test and demo only: allows {@code ldap://} to a loopback address (the embedded demo directory). */
  private boolean plainLdapForTests;
  private String bindDn;
  private String bindPassword;
  private String baseDn = "";
  private String userSearchBase = "";
  private String userSearchFilter = "(objectClass=person)";
  private String userIdAttribute = "uid";
  private String userFirstnameAttribute = "givenName";
  private String userLastnameAttribute = "sn";
  private String userEmailAttribute = "mail";
  private String groupSearchBase = "";
  private String groupSearchFilter = "(objectClass=groupOfNames)";
  private String groupIdAttribute = "cn";
  private String groupNameAttribute = "cn";
  private String groupMemberAttribute = "member";
  /** How long to wait for the directory to accept a connection, and for an answer. */
  private Duration connectTimeout = Duration.ofSeconds(5);
  private Duration readTimeout = Duration.ofSeconds(10);
  /** Page size for directories that page results (Active Directory returns at most 1000 otherwise). */
  private Integer pageSize;
  /** Directory group id to the product's groups (ids of identity.Roles) its members get. */
  private Map<String, List<String>> roles = new LinkedHashMap<>();
  /** A user attribute whose values name schools (e.g. a school code); optional. */
  private String schoolAttribute;
  /** Value of {@link #schoolAttribute} to the school code (the school's tenant id). */
  private Map<String, String> schools = new LinkedHashMap<>();
  /** Directory group id to the school code its members act for; optional. */
  private Map<String, String> schoolGroups = new LinkedHashMap<>();
  private BreakGlass breakGlass = new BreakGlass();

  /**
   * The local administrator kept for when the directory cannot be used: checked before the directory,
   * member of camunda-admin only, acts for no school. Off unless both are set.
   */
  public static class BreakGlass {
    private String username;
    private String password;

    public boolean enabled() {
      return username != null && !username.isBlank() && password != null && !password.isBlank();
    }

    public String getUsername() {
      return username;
    }

    public void setUsername(String username) {
      this.username = username;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public boolean isPlainLdapForTests() {
    return plainLdapForTests;
  }

  public void setPlainLdapForTests(boolean plainLdapForTests) {
    this.plainLdapForTests = plainLdapForTests;
  }

  public String getBindDn() {
    return bindDn;
  }

  public void setBindDn(String bindDn) {
    this.bindDn = bindDn;
  }

  public String getBindPassword() {
    return bindPassword;
  }

  public void setBindPassword(String bindPassword) {
    this.bindPassword = bindPassword;
  }

  public String getBaseDn() {
    return baseDn;
  }

  public void setBaseDn(String baseDn) {
    this.baseDn = baseDn;
  }

  public String getUserSearchBase() {
    return userSearchBase;
  }

  public void setUserSearchBase(String userSearchBase) {
    this.userSearchBase = userSearchBase;
  }

  public String getUserSearchFilter() {
    return userSearchFilter;
  }

  public void setUserSearchFilter(String userSearchFilter) {
    this.userSearchFilter = userSearchFilter;
  }

  public String getUserIdAttribute() {
    return userIdAttribute;
  }

  public void setUserIdAttribute(String userIdAttribute) {
    this.userIdAttribute = userIdAttribute;
  }

  public String getUserFirstnameAttribute() {
    return userFirstnameAttribute;
  }

  public void setUserFirstnameAttribute(String userFirstnameAttribute) {
    this.userFirstnameAttribute = userFirstnameAttribute;
  }

  public String getUserLastnameAttribute() {
    return userLastnameAttribute;
  }

  public void setUserLastnameAttribute(String userLastnameAttribute) {
    this.userLastnameAttribute = userLastnameAttribute;
  }

  public String getUserEmailAttribute() {
    return userEmailAttribute;
  }

  public void setUserEmailAttribute(String userEmailAttribute) {
    this.userEmailAttribute = userEmailAttribute;
  }

  public String getGroupSearchBase() {
    return groupSearchBase;
  }

  public void setGroupSearchBase(String groupSearchBase) {
    this.groupSearchBase = groupSearchBase;
  }

  public String getGroupSearchFilter() {
    return groupSearchFilter;
  }

  public void setGroupSearchFilter(String groupSearchFilter) {
    this.groupSearchFilter = groupSearchFilter;
  }

  public String getGroupIdAttribute() {
    return groupIdAttribute;
  }

  public void setGroupIdAttribute(String groupIdAttribute) {
    this.groupIdAttribute = groupIdAttribute;
  }

  public String getGroupNameAttribute() {
    return groupNameAttribute;
  }

  public void setGroupNameAttribute(String groupNameAttribute) {
    this.groupNameAttribute = groupNameAttribute;
  }

  public String getGroupMemberAttribute() {
    return groupMemberAttribute;
  }

  public void setGroupMemberAttribute(String groupMemberAttribute) {
    this.groupMemberAttribute = groupMemberAttribute;
  }

  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  public Duration getReadTimeout() {
    return readTimeout;
  }

  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  public Integer getPageSize() {
    return pageSize;
  }

  public void setPageSize(Integer pageSize) {
    this.pageSize = pageSize;
  }

  public Map<String, List<String>> getRoles() {
    return roles;
  }

  public void setRoles(Map<String, List<String>> roles) {
    this.roles = roles;
  }

  public String getSchoolAttribute() {
    return schoolAttribute;
  }

  public void setSchoolAttribute(String schoolAttribute) {
    this.schoolAttribute = schoolAttribute;
  }

  public Map<String, String> getSchools() {
    return schools;
  }

  public void setSchools(Map<String, String> schools) {
    this.schools = schools;
  }

  public Map<String, String> getSchoolGroups() {
    return schoolGroups;
  }

  public void setSchoolGroups(Map<String, String> schoolGroups) {
    this.schoolGroups = schoolGroups;
  }

  public BreakGlass getBreakGlass() {
    return breakGlass;
  }

  public void setBreakGlass(BreakGlass breakGlass) {
    this.breakGlass = breakGlass;
  }
}
