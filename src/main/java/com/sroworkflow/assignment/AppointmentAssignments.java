package com.sroworkflow.assignment;

import com.sroworkflow.school.Staffing;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The Chief's appointment of an SRO (selection) becomes their dated assignment to the schools. */
@Component
class AppointmentAssignments {

  private final Assignments assignments;

  AppointmentAssignments(Assignments assignments) {
    this.assignments = assignments;
  }

  @EventListener
  void appointed(Staffing.SroAppointed appointed) {
    assignments.appointed(appointed.username(), appointed.schoolCodes(), appointed.appointedBy());
  }
}
