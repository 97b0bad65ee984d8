package com.sroworkflow.event;

import com.sroworkflow.system.RecordRetention;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Events and their attendance records past their retention ({@code sro.event.kept-for}, five years). */
@Component
class EventRetention implements RecordRetention {

  private final SchoolEventRepository events;
  private final EventAssignmentRepository assigned;

  EventRetention(SchoolEventRepository events, EventAssignmentRepository assigned) {
    this.events = events;
    this.assigned = assigned;
  }

  @Override
  public String records() {
    return "extra-curricular events";
  }

  @Override
  @Transactional
  public int removeExpired(Instant now) {
    return assigned.deleteExpired(now) + events.deleteExpired(now);
  }
}
