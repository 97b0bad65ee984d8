package com.sroworkflow.directory;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Profile "ldap-demo": a directory in this process (UnboundID's in-memory server) with the demo people
 * of the README (directory/demo-directory.ldif, password "demo"), on a free port of this machine's
 * loopback address only, so the directory profile can be tried without a directory. Its bind password
 * is made up at each start and never written anywhere. Not for production: nothing it holds survives
 * a restart.
 */
@Component
@Profile("ldap-demo")
class DemoDirectory implements DisposableBean {

  public static final String BASE_DN = "dc=sro,dc=example";
  static final String BIND_DN = "cn=sro-workflow,ou=services," + BASE_DN;
  private static final Logger LOG = LoggerFactory.getLogger(DemoDirectory.class);

  private final InMemoryDirectoryServer server;
  private final int port;
  private final String bindPassword = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));

  DemoDirectory() throws LDAPException, IOException {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    // a fixed port for this run, so that a stopped directory comes back at the same address (tests)
    try (ServerSocket probe = new ServerSocket(0, 1, loopback)) {
      port = probe.getLocalPort();
    }
    InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
    config.addAdditionalBindCredentials(BIND_DN, bindPassword);
    config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("demo", loopback, port, null));
    server = new InMemoryDirectoryServer(config);
    try (InputStream ldif = new ClassPathResource("directory/demo-directory.ldif").getInputStream()) {
      server.importFromLDIF(true, new LDIFReader(ldif));
    }
    server.startListening();
    LOG.info("Demo directory listening on ldap://127.0.0.1:{} (demo people, password 'demo')", port);
  }

  /** Points the directory profile at this directory. */
  void pointAt(DirectoryProperties properties) {
    properties.setUrl("ldap://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port);
    properties.setPlainLdapForTests(true);
    properties.setBindDn(BIND_DN);
    properties.setBindPassword(bindPassword);
  }

  /** The running server, for tests that change people or stop the directory. */
  public InMemoryDirectoryServer server() {
    return server;
  }

  /** Starts listening again at the same address after {@code server().shutDown(true)}; no-op when listening. */
  public void restart() {
    if (server.getListenPort() > 0) {
      return;
    }
    try {
      server.startListening();
    } catch (LDAPException e) {
      throw new IllegalStateException("The demo directory could not listen again on port " + port, e);
    }
  }

  @Override
  public void destroy() {
    server.shutDown(true);
  }
}
