package com.sroworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.sroworkflow.IntegrationTest;
import com.sroworkflow.referral.ReferralTestData;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The authorization check takes the user's groups without first scanning the authorization table, and
 * still grants and refuses exactly what the authorizations say.
 */
@IntegrationTest
class AuthorizedGroupsTest {

  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;

  private ProcessInstance referral;

  @AfterEach
  void cleanUp() {
    identity.clearAuthentication();
    if (referral != null) {
      runtime.deleteProcessInstance(referral.getId(), "test cleanup", true, true);
    }
  }

  private long acknowledgementsSeenBy(String user, List<String> groups, List<String> tenants) {
    identity.setAuthentication(user, groups, tenants);
    try {
      return tasks.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey("AcknowledgeReferral").count();
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  void theEngineChecksAuthorizationsWithTheUsersGroupsAsTheyAre() {
    AuthorizationManager manager = (AuthorizationManager) configuration.getSessionFactories()
        .get(AuthorizationManager.class).openSession();
    assertThat(manager).isInstanceOf(EnginePlugin.UnnarrowedGroupsAuthorizationManager.class);
    assertThat(manager.filterAuthenticatedGroupIds(List.of("principal", "noSuchGroup")))
        .containsExactly("principal", "noSuchGroup");
  }

  @Test
  void groupsWithoutAuthorizationsGrantNothingAndTheOthersStillDo() {
    referral = runtime.startProcessInstanceByKey("studentReferral", ReferralTestData.lhsReferral());
    // The acknowledgement goes to the school's one principal by name (issue 19), and Camunda grants the assignee
    // the task itself. This test is about what groups grant: it hands the task back to the group and asks as a
    // second LHS principal ("pat") whom no task was ever assigned to.
    tasks.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey("AcknowledgeReferral").list()
        .forEach(t -> tasks.setAssignee(t.getId(), null));

    assertThat(acknowledgementsSeenBy("pat", List.of("principal", "threatTeam"), List.of("LHS"))).isEqualTo(1);
    assertThat(acknowledgementsSeenBy("pat", List.of("principal", "threatTeam", "noSuchGroup"), List.of("LHS")))
        .isEqualTo(1);
    // A group without any authorization opens nothing, and another school's principal sees nothing.
    assertThat(acknowledgementsSeenBy("pat", List.of("noSuchGroup"), List.of("LHS"))).isZero();
    assertThat(acknowledgementsSeenBy("peter", List.of("principal", "threatTeam", "noSuchGroup"), List.of("WMS")))
        .isZero();
    assertThat(acknowledgementsSeenBy("maria", List.of("threatTeam"), List.of("LHS"))).isZero();
  }
}
