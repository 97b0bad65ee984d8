package com.sroworkflow.event;

import com.sroworkflow.identity.ProcessAccess;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.identity.TaskFilterSpec;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Detective Sergeant designates events and assigns SROs (seed 002; seed 004 item 11: SROs report to the
 * Detective Sergeant); the Chief and SROs read them. An event belongs to no school tenant: each SRO's task is
 * assigned to them by name.
 */
@Configuration
class EventAccess {

  @Bean
  ProcessAccess schoolEventAccess() {
    return new ProcessAccess(SchoolEvents.PROCESS, List.of(Roles.SUPERVISOR),
        List.of(Roles.SUPERVISOR, Roles.CHIEF, Roles.SRO));
  }

  @Bean
  TaskFilterSpec eventFilter() {
    return new TaskFilterSpec("Events", "Extra-curricular events: SROs to assign, attendance to record", 0,
        List.of(Roles.SUPERVISOR, Roles.SRO),
        q -> q.processDefinitionKeyIn(SchoolEvents.PROCESS).taskAssigneeExpression("${currentUser()}"),
        List.of(new TaskFilterSpec.Column("schoolName", "School")));
  }
}
