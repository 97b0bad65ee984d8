package com.sroworkflow.cluster;

import com.sroworkflow.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/** What the node tests share: free ports and the environment of the "postgres" profile. */
final class Nodes {

  private Nodes() {}

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The connection of the "postgres" profile, through the environment variables the README documents. */
  static Map<String, String> postgresEnv(String database) {
    return Map.of("SRO_DB_HOST", TestDatabases.host(), "SRO_DB_PORT", TestDatabases.port(), "SRO_DB_NAME", database,
        "SRO_DB_USER", TestDatabases.user(), "SRO_DB_PASSWORD", TestDatabases.password());
  }
}
