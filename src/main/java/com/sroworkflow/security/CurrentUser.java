package com.sroworkflow.security;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one way to know who is acting and for which schools (bean {@code currentCaller}): the person the
 * engine runs the current call as, whether the call came from Tasklist, the engine REST API or the
 * application's own API (the {@link Gate} and Spring Security set it), with their groups and tenants.
 */
@Component("currentCaller")
public class CurrentUser {

  // Lazily: the engine's plugins (SchoolTenantPlugin) ask for this bean before the engine exists.
  private final ObjectProvider<IdentityService> identity;

  public CurrentUser(ObjectProvider<IdentityService> identity) {
    this.identity = identity;
  }

  /** The person acting, if the call runs as one (a timer or a tip from the public page does not). */
  public Optional<Caller> caller() {
    // IdentityService's public getter; its result is only read through its public getters.
    var current = identity.getObject().getCurrentAuthentication();
    if (current == null || current.getUserId() == null) {
      return Optional.empty();
    }
    return Optional.of(new Caller(current.getUserId(), orEmpty(current.getGroupIds()), orEmpty(current.getTenantIds())));
  }

  /** The acting person's user id, if any. */
  public Optional<String> id() {
    return caller().map(Caller::userId);
  }

  /** The person calling the application's API: 401 without one. */
  public Caller require() {
    return caller().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
  }

  /** The person calling, refused with 403 unless they belong to the group. */
  public Caller requireGroup(String groupId) {
    Caller caller = require();
    if (!caller.inGroup(groupId)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, Messages.text("problem.not-your-role"));
    }
    return caller;
  }

  /** Runs the work as no one (the application itself), then acts as the person again. */
  public <T> T withoutCaller(Supplier<T> work) {
    IdentityService engine = identity.getObject();
    var before = engine.getCurrentAuthentication();
    engine.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (before != null) {
        engine.setAuthentication(before);
      }
    }
  }

  private static List<String> orEmpty(List<String> ids) {
    return ids == null ? List.of() : ids;
  }
}
