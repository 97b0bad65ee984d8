package com.sroworkflow.school;

import com.sroworkflow.identity.Roles;
import java.util.Collection;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Puts an appointed SRO on duty at their schools: the SRO and threat-team roles, and membership of
 * each school's tenant, so the school's cases reach them.
 */
@Service
public class Staffing {

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
    for (String role : new String[] {Roles.SRO, Roles.THREAT_TEAM}) {
      if (identity.createUserQuery().userId(username).memberOfGroup(role).count() == 0) {
        identity.createMembership(username, role);
      }
    }
    for (String code : schoolCodes) {
      schools.require("schoolCode", code);
      if (identity.createUserQuery().userId(username).memberOfTenant(code).count() == 0) {
        identity.createTenantUserMembership(code, username);
      }
    }
  }
}
