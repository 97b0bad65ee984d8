package com.sroworkflow.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;

/**
 * The person behind a request: their Camunda user id, groups (roles) and tenants (schools), as the
 * engine's authorization and tenant checks need them.
 */
public record Caller(String userId, List<String> groupIds, List<String> tenantIds) {

  public static final String OPERATORS = "camunda-admin";

  public Caller {
    groupIds = List.copyOf(groupIds);
    tenantIds = List.copyOf(tenantIds);
  }

  /** The person with the groups and schools the directory gives them now. */
  public static Caller load(IdentityService identity, String userId) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
    return new Caller(userId, groups, tenants);
  }

  public boolean isOperator() {
    return groupIds.contains(OPERATORS);
  }

  public boolean inGroup(String groupId) {
    return groupIds.contains(groupId);
  }

  /** Whether the person acts for the school: a member of its tenant. */
  public boolean actsFor(String schoolCode) {
    return tenantIds.contains(schoolCode);
  }

}
