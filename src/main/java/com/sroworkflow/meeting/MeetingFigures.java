package com.sroworkflow.meeting;

import com.sroworkflow.figures.RecordCount;
import com.sroworkflow.figures.RecordFigures;
import com.sroworkflow.figures.RecordScope;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Weekly meetings held with the principal and conferences held, for the monthly narrative and quarterly report. */
@Component
class MeetingFigures implements RecordFigures {

  private final PrincipalMeetingRepository meetings;
  private final ConferenceRepository conferences;

  MeetingFigures(PrincipalMeetingRepository meetings, ConferenceRepository conferences) {
    this.meetings = meetings;
    this.conferences = conferences;
  }

  @Override
  @Transactional(readOnly = true)
  public List<RecordCount> count(RecordScope scope) {
    long met = meetings.findByMetOnBetween(scope.from(), scope.to()).stream()
        .filter(m -> m.getStatus() == PrincipalMeeting.Status.HELD && scope.includesSchool(m.getSchoolCode()))
        .filter(m -> scope.officer() == null || scope.officer().equals(m.getRecordedBy())).count();
    long held = conferences.findByHeldOnBetween(scope.from(), scope.to()).stream()
        .filter(c -> c.getStatus() == Conference.Status.HELD && scope.includesSchool(c.getSchoolCode()))
        .filter(c -> scope.officer() == null || scope.officer().equals(c.getSroUsername())).count();
    return List.of(new RecordCount("principalMeeting", "Weekly meetings with the principal", met),
        new RecordCount("conference", "Conferences held", held));
  }
}
