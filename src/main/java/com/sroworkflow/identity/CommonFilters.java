package com.sroworkflow.identity;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The filters everyone gets: their own tasks, and the open tasks of the groups they belong to. */
@Configuration
class CommonFilters {

  @Bean
  TaskFilterSpec myTasksFilter() {
    return new TaskFilterSpec("My tasks", "Tasks assigned to me", -10, List.of(),
        q -> q.taskAssigneeExpression("${currentUser()}"),
        List.of(new TaskFilterSpec.Column("caseTitle", "Case")));
  }

  @Bean
  TaskFilterSpec groupTasksFilter() {
    return new TaskFilterSpec("My groups' tasks", "Open tasks waiting for a group I belong to", -5, List.of(),
        q -> q.taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks(),
        List.of(new TaskFilterSpec.Column("caseTitle", "Case")));
  }
}
