package com.sroworkflow.school;

import com.sroworkflow.identity.Roles;
import com.sroworkflow.security.Caller;
import com.sroworkflow.security.CurrentUser;
import com.sroworkflow.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
// Engine internals: the engine takes a tenant id provider (an internal type) only from a plugin.
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts every case about a school into that school's tenant: a process started with a
 * {@code schoolCode} variable belongs to the school, and a process called from a case inherits the
 * case's school. The engine then hides the case, its tasks, variables and history from everyone who
 * is not a member of the school's tenant, through Tasklist, Cockpit and every REST endpoint alike.
 * Processes without a school (selection, vacancies) stay tenant-less.
 */
@Component
public class SchoolTenantPlugin extends AbstractProcessEnginePlugin {

  public static final String SCHOOL_CODE = "schoolCode";

  private final ObjectProvider<Schools> schools;
  private final CurrentUser user;

  public SchoolTenantPlugin(ObjectProvider<Schools> schools, CurrentUser user) {
    this.schools = schools;
    this.user = user;
  }

  /**
   * A person opens cases only for schools they act for: a case opened for another school would
   * vanish from their own view into a tenant they cannot see.
   */
  private void requireActsFor(String school) {
    Caller caller = user.caller().orElse(null);
    if (caller != null && !caller.inGroup(Roles.ADMIN) && !caller.actsFor(school)) {
      throw InvalidInputException.of(SCHOOL_CODE, "school.act-school", school);
    }
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(new TenantIdProvider() {
      @Override
      public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        DelegateExecution caller = ctx.getSuperExecution();
        if (caller != null && caller.getTenantId() != null) {
          return caller.getTenantId();
        }
        Object code = ctx.getVariables() == null ? null : ctx.getVariables().get(SCHOOL_CODE);
        if (code == null) {
          return null;
        }
        String school = schools.getObject().require(SCHOOL_CODE, code).getCode();
        requireActsFor(school);
        return school;
      }

      @Override
      public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return null;
      }

      @Override
      public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        return ctx.getExecution() == null ? null : ctx.getExecution().getTenantId();
      }
    });
  }
}
