package com.sroworkflow.absence;

import com.sroworkflow.system.RecordRetention;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Absences and task hand-overs past their retention ({@code sro.absence.absences-kept-for}, three years from
 * the absence's last day or the hand-over), as {@code bpmn/sro-absence.bpmn}'s history time to live does.
 */
@Component
class AbsenceRetention implements RecordRetention {

  private final SroAbsenceRepository absences;
  private final TaskHandoverRepository handovers;

  AbsenceRetention(SroAbsenceRepository absences, TaskHandoverRepository handovers) {
    this.absences = absences;
    this.handovers = handovers;
  }

  @Override
  public String records() {
    return "SRO absences and task hand-overs";
  }

  @Override
  @Transactional
  public int removeExpired(Instant now) {
    return handovers.deleteExpired(now) + absences.deleteExpired(now);
  }
}
