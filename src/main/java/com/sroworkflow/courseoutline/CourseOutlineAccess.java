package com.sroworkflow.courseoutline;

import com.sroworkflow.identity.ProcessAccess;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.identity.TaskFilterSpec;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who starts and reads course outlines, and the Tasklist filters of the people who work them.
 * Outlines belong to no school tenant (the Chief works them and is no member of any school): their
 * tasks go to named people (the inviting principal, the SRO) or to the Chief, so another school's
 * principal never sees them.
 */
// named apart from its bean of the same name
@Configuration("courseOutlineAccessConfiguration")
class CourseOutlineAccess {

  static final String OUTLINE = "courseOutline";
  /** The Chief decides removals (removal.RemovalAccess) in the same filter as outlines. */
  private static final String REMOVAL = "sroRemoval";

  private static final List<TaskFilterSpec.Column> COLUMNS = List.of(new TaskFilterSpec.Column("caseTitle", "Case"));

  @Bean
  ProcessAccess courseOutlineAccess() {
    return new ProcessAccess(OUTLINE, List.of(Roles.SRO), List.of(Roles.CHIEF));
  }

  @Bean
  TaskFilterSpec chiefProgramFilter() {
    return new TaskFilterSpec("Chief: SRO program", "Course outlines to approve, removals and cover to decide", 0,
        List.of(Roles.CHIEF),
        q -> q.processDefinitionKeyIn(OUTLINE, REMOVAL).taskCandidateGroup(Roles.CHIEF).includeAssignedTasks(),
        COLUMNS);
  }

  @Bean
  TaskFilterSpec courseOutlinesFilter() {
    return new TaskFilterSpec("Course outlines", "Course outlines waiting for me", 0,
        List.of(Roles.PRINCIPAL, Roles.SRO),
        q -> q.processDefinitionKeyIn(OUTLINE).taskAssigneeExpression("${currentUser()}"), COLUMNS);
  }
}
