package com.sroworkflow.school;

import com.sroworkflow.identity.Roles;
import java.util.Collection;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;

/**
 * Puts an appointed SRO on duty at their schools: the SRO and threat-team roles, and membership of
 * each school's tenant, so the school's cases reach them.
 */
@Service
public class Staffing {

  private final IdentityService identity;
  private final Schools schools;

  public Staffing(IdentityService identity, Schools schools) {
    this.identity = identity;
    this.schools = schools;
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
