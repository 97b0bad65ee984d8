package com.sroworkflow.mou;

import com.sroworkflow.identity.ProcessAccess;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.identity.TaskFilterSpec;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A renewal is opened by the morning check, never by hand; the Chief and the district designees read them. */
@Configuration
class MouAccess {

  @Bean
  ProcessAccess mouRenewalAccess() {
    return new ProcessAccess(MouRenewals.PROCESS, List.of(), List.of(Roles.CHIEF, Roles.DISTRICT_ADMIN));
  }

  @Bean
  TaskFilterSpec mouFilter() {
    return new TaskFilterSpec("MOU renewals", "Memorandums of understanding to renew", 0,
        List.of(Roles.CHIEF, Roles.DISTRICT_ADMIN), q -> q.processDefinitionKeyIn(MouRenewals.PROCESS),
        List.of(new TaskFilterSpec.Column("schoolName", "School")));
  }
}
