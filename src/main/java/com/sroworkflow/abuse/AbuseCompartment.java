package com.sroworkflow.abuse;

import com.sroworkflow.identity.Roles;
import com.sroworkflow.security.CurrentUser;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * The confidential compartment of an abuse report, kept by the engine itself so that Tasklist, Cockpit and
 * every REST endpoint answer alike. The process is read by SROs (the police roles, see {@link AbuseAccess}),
 * within the school's tenant. Besides them, this case alone, its runtime and its history, is opened to the
 * reporter and to the school's principals, or, when school staff are suspected, to the district designees
 * instead: an instance-level grant (history included, {@code enableHistoricInstancePermissions}), limited to
 * the school by the tenant. A teacher who did not report it, and everyone of another school, see nothing;
 * with staff suspected, neither do the principals. The grants go when the record's retention ends.
 */
@Component
class AbuseCompartment {

  private final AuthorizationService authorizations;
  private final CurrentUser user;

  AbuseCompartment(AuthorizationService authorizations, CurrentUser user) {
    this.authorizations = authorizations;
    this.user = user;
  }

  /** The group told of the report: the principals, or the district designees when staff are suspected. */
  static String toldGroup(AbuseReport r) {
    return r.isStaffSuspected() ? Roles.DISTRICT_ADMIN : Roles.PRINCIPAL;
  }

  /** Opens the case to its reporter and to the group told; authorizations are the application's to write. */
  void open(AbuseReport r, String processInstanceId) {
    user.withoutCaller(() -> {
      grant(processInstanceId, r.getReportedBy(), null);
      grant(processInstanceId, null, toldGroup(r));
      return null;
    });
  }

  void remove(String processInstanceId) {
    user.withoutCaller(() -> {
      authorizations.createAuthorizationQuery().resourceId(processInstanceId).list()
          .forEach(a -> authorizations.deleteAuthorization(a.getId()));
      return null;
    });
  }

  private void grant(String processInstanceId, String userId, String groupId) {
    Authorization runtime = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    runtime.setUserId(userId);
    runtime.setGroupId(groupId);
    runtime.setResource(Resources.PROCESS_INSTANCE);
    runtime.setResourceId(processInstanceId);
    runtime.addPermission(ProcessInstancePermissions.READ);
    authorizations.saveAuthorization(runtime);
    Authorization history = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    history.setUserId(userId);
    history.setGroupId(groupId);
    history.setResource(Resources.HISTORIC_PROCESS_INSTANCE);
    history.setResourceId(processInstanceId);
    history.addPermission(HistoricProcessInstancePermissions.READ);
    authorizations.saveAuthorization(history);
  }
}
