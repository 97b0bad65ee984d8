package com.sroworkflow.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The caller of the application's own API ({@code /api}, {@code /reports}) as the engine knows them.
 * Spring Security authenticates the request and runs it in the engine as that person, with their groups
 * and schools (see security.WebSecurity); the gate (security.Gate) has let it through its allow-list.
 */
public final class ApiAuthentication {

  private ApiAuthentication() {}

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
}
