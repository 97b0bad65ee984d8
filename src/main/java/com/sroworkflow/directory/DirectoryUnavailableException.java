package com.sroworkflow.directory;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * The directory could not be reached or did not answer. The request that needed it cannot be decided
 * (neither "wrong password" nor "no such person"); {@link DirectoryOutageFilter} answers it with 503.
 * The thread remembers the outage for that filter, because the webapps' REST layer turns exceptions
 * into responses of its own before they reach a servlet filter.
 */
class DirectoryUnavailableException extends ProcessEngineException {

  private static final ThreadLocal<Boolean> OCCURRED = new ThreadLocal<>();

  DirectoryUnavailableException(Throwable cause) {
    super("The directory (LDAP) cannot be reached.", cause);
    OCCURRED.set(Boolean.TRUE);
  }

  static boolean occurredInThisRequest() {
    return Boolean.TRUE.equals(OCCURRED.get());
  }

  static void forgetThisRequest() {
    OCCURRED.remove();
  }
}
