package com.sroworkflow.event;

import com.sroworkflow.figures.RecordCount;
import com.sroworkflow.figures.RecordFigures;
import com.sroworkflow.figures.RecordScope;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Events SROs worked (attended, as recorded), for the monthly narrative and the quarterly report. */
@Component
class EventFigures implements RecordFigures {

  private final EventAssignmentRepository assigned;

  EventFigures(EventAssignmentRepository assigned) {
    this.assigned = assigned;
  }

  @Override
  @Transactional(readOnly = true)
  public List<RecordCount> count(RecordScope scope) {
    List<EventAssignment> worked = assigned.findByEventDateBetween(scope.from(), scope.to()).stream()
        .filter(a -> a.getStatus() == EventAssignment.Status.ATTENDED)
        .filter(a -> scope.includesSchool(a.getEvent().getSchoolCode()))
        .filter(a -> scope.officer() == null || scope.officer().equals(a.getSroUsername())).toList();
    long events = worked.stream().map(a -> a.getEvent().getId()).distinct().count();
    return List.of(new RecordCount("event", "Extra-curricular events worked", events));
  }
}
