package com.sroworkflow.identity;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The filters everyone gets. "My work" comes first (lowest priority) so that each person, logging in
 * fresh, lands on all of their work with its count (issue 19): the tasks assigned to them, and the open
 * tasks offered to them or to a group they belong to (within their schools, as the engine's tenant
 * check keeps it). Role filters follow with the team's view of the same work.
 */
@Configuration
class CommonFilters {

  /** The name "My groups' tasks" had until issue 19: "My work" shows the same open tasks first. */
  static final List<String> RETIRED = List.of("My groups' tasks");

  @Bean
  TaskFilterSpec myWorkFilter() {
    return new TaskFilterSpec("My work", "Tasks assigned to me, and open tasks waiting for me or my groups", -20,
        List.of(),
        q -> q.or()
            .taskAssigneeExpression("${currentUser()}")
            .taskCandidateUserExpression("${currentUser()}")
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .endOr(),
        List.of(new TaskFilterSpec.Column("caseTitle", "Case")));
  }

  @Bean
  TaskFilterSpec myTasksFilter() {
    return new TaskFilterSpec("My tasks", "Tasks assigned to me", -10, List.of(),
        q -> q.taskAssigneeExpression("${currentUser()}"),
        List.of(new TaskFilterSpec.Column("caseTitle", "Case")));
  }
}
