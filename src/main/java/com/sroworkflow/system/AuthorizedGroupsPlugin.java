package com.sroworkflow.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Keeps every authorization check from scanning the whole authorization table first.
 *
 * <p>Before each authorized query the engine narrows the user's groups to those that have any
 * authorization at all, with {@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION}, once per
 * command. Every open task has its own authorization rows (its candidate group and assignee), so at
 * state scale that table holds hundreds of thousands of rows and the scan costs ~50 ms, several times
 * per Tasklist request (benchmark, docs/benchmarks.md). The narrowing is only an optimisation: a group
 * without authorizations matches no row of the check anyway. Here the check gets the user's groups as
 * they are, so it grants and refuses exactly what it did before, without the scan.
 */
@Component
public class AuthorizedGroupsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new UnnarrowedGroupsAuthorizationManager();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  static class UnnarrowedGroupsAuthorizationManager extends AuthorizationManager {
    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      return authenticatedGroupIds == null ? List.of() : new ArrayList<>(authenticatedGroupIds);
    }
  }
}
