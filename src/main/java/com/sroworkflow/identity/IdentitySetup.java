package com.sroworkflow.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.rest.dto.task.TaskQueryDto;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Puts the program's groups, authorizations and Tasklist filters in place at every start, in every
 * profile; production needs them as much as the demo does. Idempotent: it only adds what is
 * missing and brings filters up to date.
 */
@Component
@Order(10)
class IdentitySetup implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);

  private static final ObjectMapper QUERY_JSON = new ObjectMapper()
      .setSerializationInclusion(JsonInclude.Include.NON_NULL);

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;
  private final List<ProcessAccess> processAccess;
  private final List<TaskFilterSpec> filterSpecs;

  IdentitySetup(IdentityService identity, AuthorizationService authorizations, FilterService filters,
      TaskService tasks, List<ProcessAccess> processAccess, List<TaskFilterSpec> filterSpecs) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
    this.processAccess = processAccess;
    this.filterSpecs = filterSpecs;
  }

  @Override
  public void run(ApplicationArguments args) {
    // A read-only identity provider (the directory, profile "ldap") has the groups already, mapped from
    // the directory's own: only authorizations and filters, which the engine keeps, are put in place.
    boolean readOnly = identity.isReadOnly();
    for (Roles.Role role : Roles.ALL) {
      if (!readOnly && identity.createGroupQuery().groupId(role.id()).count() == 0) {
        Group group = identity.newGroup(role.id());
        group.setName(role.name());
        group.setType(role.type());
        identity.saveGroup(group);
      }
      if (Roles.ADMIN.equals(role.id())) {
        // Administrators may do everything in Camunda (Cockpit, Admin, every case of every school).
        for (Resource resource : Resources.values()) {
          grant(role.id(), resource, Authorization.ANY, Permissions.ALL);
        }
      } else {
        grant(role.id(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        // Tasklist shows who a task is assigned to and which group it waits for.
        grant(role.id(), Resources.USER, Authorization.ANY, Permissions.READ);
        grant(role.id(), Resources.GROUP, Authorization.ANY, Permissions.READ);
      }
    }
    for (ProcessAccess access : processAccess) {
      for (String group : access.starters()) {
        grant(group, Resources.PROCESS_DEFINITION, access.processKey(),
            ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
      }
      for (String group : access.readers()) {
        // Readers follow the cases; they do not get everyone's tasks in their Tasklist.
        grant(group, Resources.PROCESS_DEFINITION, access.processKey(),
            ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
            ProcessDefinitionPermissions.READ_HISTORY);
      }
    }
    for (String retired : CommonFilters.RETIRED) {
      for (Filter filter : filters.createTaskFilterQuery().filterName(retired).list()) {
        filters.deleteFilter(filter.getId());
      }
    }
    for (TaskFilterSpec spec : filterSpecs) {
      saveFilter(spec);
    }
    LOG.info("Identity baseline in place: {} roles, {} processes, {} Tasklist filters",
        Roles.ALL.size(), processAccess.size(), filterSpecs.size());
  }

  private void saveFilter(TaskFilterSpec spec) {
    Filter filter = filters.createTaskFilterQuery().filterName(spec.name()).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(spec.name());
    }
    TaskQuery query = tasks.createTaskQuery();
    spec.query().accept(query);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", spec.description());
    properties.put("priority", spec.priority());
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    List<Map<String, String>> variables = new ArrayList<>();
    for (TaskFilterSpec.Column column : spec.columns()) {
      variables.add(Map.of("name", column.name(), "label", column.label()));
    }
    properties.put("variables", variables);
    // Saved only when new or changed: every start of every node runs this (issue 20 counts start time).
    if (filter.getId() == null || !properties.equals(filter.getProperties())
        || !sameQuery(query, filter.getQuery())) {
      filter.setQuery(query);
      filter.setProperties(properties);
      filter = filters.saveFilter(filter);
    }
    if (spec.groups().isEmpty()) {
      grantGlobal(Resources.FILTER, filter.getId(), Permissions.READ);
    } else {
      for (String group : spec.groups()) {
        grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
      }
    }
  }

  /**
   * Whether two task queries ask the same, compared as the engine's REST API writes them (the one public
   * form of a stored query; the engine's own JSON converter is internal).
   */
  private static boolean sameQuery(TaskQuery wanted, TaskQuery stored) {
    if (stored == null) {
      return false;
    }
    try {
      return QUERY_JSON.writeValueAsString(TaskQueryDto.fromQuery(wanted))
          .equals(QUERY_JSON.writeValueAsString(TaskQueryDto.fromQuery(stored)));
    } catch (JsonProcessingException | RuntimeException e) {
      return false;
    }
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    Authorization authorization = existing;
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    boolean changed = existing == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
    }
  }

  private void grantGlobal(Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GLOBAL)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    if (existing != null && Arrays.stream(permissions).allMatch(existing::isPermissionGranted)) {
      return;
    }
    Authorization authorization = existing != null ? existing
        : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    authorization.setUserId(Authorization.ANY);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }
}
