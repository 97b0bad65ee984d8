package com.sroworkflow.incident;

import com.sroworkflow.system.RecordRetention;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * A closed incident is removed when its retention has passed, as Camunda removes the case's history (both
 * count bpmn/school-incident.bpmn's history time to live from the close). Its police report follows the
 * police report's own retention.
 */
@Component
class IncidentRetention implements RecordRetention {

  private final IncidentRepository incidents;

  IncidentRetention(IncidentRepository incidents) {
    this.incidents = incidents;
  }

  @Override
  public String records() {
    return "closed incidents";
  }

  @Override
  public int removeExpired(Instant now) {
    return incidents.deleteExpired(now);
  }
}
