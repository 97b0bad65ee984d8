package com.sroworkflow.program;

import com.sroworkflow.activity.ActivityRepository;
import com.sroworkflow.assignment.SroAssignmentRepository;
import com.sroworkflow.courseoutline.CourseOutlineRepository;
import com.sroworkflow.removal.SroRemovalRepository;
import com.sroworkflow.system.RecordRetention;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The program's records past their retention ({@code sro.program.*-kept-for}): ended assignments and
 * decided removals (personnel records, ten years), decided course outlines and activity entries
 * (five years), as the models' history time to live removes their processes' history.
 */
@Component
class ProgramRetention implements RecordRetention {

  private final SroAssignmentRepository assignments;
  private final SroRemovalRepository removals;
  private final CourseOutlineRepository outlines;
  private final ActivityRepository activities;

  ProgramRetention(SroAssignmentRepository assignments, SroRemovalRepository removals,
      CourseOutlineRepository outlines, ActivityRepository activities) {
    this.assignments = assignments;
    this.removals = removals;
    this.outlines = outlines;
    this.activities = activities;
  }

  @Override
  public String records() {
    return "ended SRO assignments, removals, course outlines and activity log entries";
  }

  @Override
  @Transactional
  public int removeExpired(Instant now) {
    return assignments.deleteExpired(now) + removals.deleteExpired(now) + outlines.deleteExpired(now)
        + activities.deleteExpired(now);
  }
}
