package com.sroworkflow.referral;

import com.sroworkflow.identity.ProcessAccess;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.identity.TaskFilterSpec;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who starts and reads referrals, and the Tasklist filters of the people who work them. Each
 * referral belongs to its school's tenant, so all of this applies within the schools a person acts for.
 */
@Configuration
class ReferralAccess {

  static final String PROCESS = "studentReferral";

  private static final List<TaskFilterSpec.Column> COLUMNS = List.of(
      new TaskFilterSpec.Column("caseTitle", "Referral"),
      new TaskFilterSpec.Column("agencyName", "Agency"));

  @Bean
  ProcessAccess studentReferralAccess() {
    return new ProcessAccess(PROCESS, List.of(Roles.SRO), List.of(Roles.SRO, Roles.PRINCIPAL, Roles.DISTRICT_ADMIN));
  }

  @Bean
  TaskFilterSpec myReferralsFilter() {
    return new TaskFilterSpec("My referrals", "Referrals I made that wait for me", 0, List.of(Roles.SRO),
        q -> q.processDefinitionKey(PROCESS).taskAssigneeExpression("${currentUser()}"), COLUMNS);
  }

  @Bean
  TaskFilterSpec referralsToAcknowledgeFilter() {
    return new TaskFilterSpec("Referrals to acknowledge", "Referrals of my school waiting for the principal", 0,
        List.of(Roles.PRINCIPAL), q -> q.processDefinitionKey(PROCESS)
            .taskDefinitionKeyIn("AcknowledgeReferral", "ReviewTransferredReferral"), COLUMNS);
  }

  @Bean
  TaskFilterSpec escalatedReferralsFilter() {
    return new TaskFilterSpec("Escalated referrals", "Referrals a principal has not acknowledged in time", 0,
        List.of(Roles.DISTRICT_ADMIN),
        q -> q.processDefinitionKey(PROCESS).taskDefinitionKey("FollowUpUnacknowledgedReferral"), COLUMNS);
  }
}
