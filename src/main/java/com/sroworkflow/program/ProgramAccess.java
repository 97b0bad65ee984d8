package com.sroworkflow.program;

import com.sroworkflow.identity.ProcessAccess;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.identity.TaskFilterSpec;
import com.sroworkflow.training.RefresherTraining;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who starts and reads the program's processes, and the Tasklist filters of the people who work them.
 * Outlines and removals belong to no school tenant (the Chief works them and is no member of any
 * school): their tasks go to named people (the inviting principal, the SRO) or to the Chief, so
 * another school's principal never sees them. The activity log belongs to the school's tenant.
 */
@Configuration
class ProgramAccess {

  static final String OUTLINE = "courseOutline";
  static final String REMOVAL = "sroRemoval";
  static final String ACTIVITY = "sroActivity";

  private static final List<TaskFilterSpec.Column> COLUMNS = List.of(new TaskFilterSpec.Column("caseTitle", "Case"));

  @Bean
  ProcessAccess courseOutlineAccess() {
    return new ProcessAccess(OUTLINE, List.of(Roles.SRO), List.of(Roles.CHIEF));
  }

  @Bean
  ProcessAccess sroRemovalAccess() {
    return new ProcessAccess(REMOVAL, List.of(Roles.CHIEF, Roles.PRINCIPAL), List.of(Roles.CHIEF));
  }

  @Bean
  ProcessAccess sroActivityAccess() {
    return new ProcessAccess(ACTIVITY, List.of(Roles.SRO), List.of(Roles.SRO));
  }

  @Bean
  ProcessAccess refresherTrainingAccess() {
    return new ProcessAccess(RefresherTraining.PROCESS, List.of(), List.of(Roles.CHIEF, Roles.SUPERVISOR));
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
