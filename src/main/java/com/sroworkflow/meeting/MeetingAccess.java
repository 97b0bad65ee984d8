package com.sroworkflow.meeting;

import com.sroworkflow.identity.ProcessAccess;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.identity.TaskFilterSpec;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The weekly meeting is opened by the morning check; a conference is asked for by school staff (a teacher, the
 * principal, the SRO), for themselves or for a student or parent who asked them. The school's SROs and
 * principals read both; the school's tenant limits them to their schools.
 */
@Configuration
class MeetingAccess {

  @Bean
  ProcessAccess weeklyMeetingAccess() {
    return new ProcessAccess(Meetings.WEEKLY, List.of(), List.of(Roles.SRO, Roles.PRINCIPAL));
  }

  @Bean
  ProcessAccess sroConferenceAccess() {
    return new ProcessAccess(Meetings.CONFERENCE, List.of(Roles.STAFF, Roles.PRINCIPAL, Roles.SRO),
        List.of(Roles.SRO, Roles.PRINCIPAL));
  }

  @Bean
  TaskFilterSpec meetingFilter() {
    return new TaskFilterSpec("Meetings and conferences", "The weekly meeting with the principal and conferences", 0,
        List.of(Roles.SRO, Roles.PRINCIPAL), q -> q.processDefinitionKeyIn(Meetings.WEEKLY, Meetings.CONFERENCE),
        List.of(new TaskFilterSpec.Column("schoolName", "School")));
  }
}
