package com.sroworkflow.directory;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.function.Supplier;
// Engine internals: an identity provider is installed only through an engine plugin's session factory.
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;

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
        return new DirectorySession(ldap, mapping, breakGlass, throttle);
      }
    });
  }
}
