package com.sroworkflow.school;

import org.camunda.bpm.engine.delegate.DelegateExecution;
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

  public SchoolTenantPlugin(ObjectProvider<Schools> schools) {
    this.schools = schools;
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
        return schools.getObject().require(SCHOOL_CODE, code).getCode();
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
