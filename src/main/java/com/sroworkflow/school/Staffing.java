package com.sroworkflow.school;

import com.sroworkflow.identity.Roles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Puts an appointed SRO on duty at their schools: the SRO and threat-team roles, and membership of
 * each school's tenant, so the school's cases reach them.
 */
@Service
public class Staffing {

  private static final Logger LOG = LoggerFactory.getLogger(Staffing.class);

  private final IdentityService identity;
  private final Schools schools;
  private final ApplicationEventPublisher events;

  public Staffing(IdentityService identity, Schools schools, ApplicationEventPublisher events) {
    this.identity = identity;
    this.schools = schools;
    this.events = events;
  }

  /** An appointed SRO and the schools the Chief assigned them to, for the program's assignment records. */
  public record SroAppointed(String username, Set<String> schoolCodes, String appointedBy) {}

  /** Puts a newly appointed SRO on duty and tells the program, which records the assignment with its date. */
  public void appoint(String username, Collection<String> schoolCodes, String appointedBy) {
    assignSro(username, schoolCodes);
    events.publishEvent(new SroAppointed(username, Set.copyOf(schoolCodes), appointedBy));
  }

  public void assignSro(String username, Collection<String> schoolCodes) {
    // Under a read-only identity provider (the district's directory, profile "ldap") the directory gives
    // roles and schools: the appointment stands, and what the directory still has to give the person is
    // logged for its administrators (docs/operations.md).
    boolean directory = identity.isReadOnly();
    List<String> missing = new ArrayList<>();
    for (String role : new String[] {Roles.SRO, Roles.THREAT_TEAM}) {
      if (identity.createUserQuery().userId(username).memberOfGroup(role).count() == 0) {
        if (directory) {
          missing.add("role " + role);
        } else {
          identity.createMembership(username, role);
        }
      }
    }
    for (String code : schoolCodes) {
      schools.require("schoolCode", code);
      if (identity.createUserQuery().userId(username).memberOfTenant(code).count() == 0) {
        if (directory) {
          missing.add("school " + code);
        } else {
          identity.createTenantUserMembership(code, username);
        }
      }
    }
    if (!missing.isEmpty()) {
      LOG.warn("SRO {} is appointed; the directory must still give them: {}", username, String.join(", ", missing));
    }
  }
}
