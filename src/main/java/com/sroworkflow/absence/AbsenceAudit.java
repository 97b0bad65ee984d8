package com.sroworkflow.absence;

import com.sroworkflow.audit.AuditEntry;
import com.sroworkflow.audit.CaseAuditSource;
import com.sroworkflow.identity.People;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** An absence's own audit entries: the cover named, and every task handed to the cover and back. */
@Component
class AbsenceAudit implements CaseAuditSource {

  private final SroAbsenceRepository absences;
  private final TaskHandovers handovers;
  private final People people;

  AbsenceAudit(SroAbsenceRepository absences, TaskHandovers handovers, People people) {
    this.absences = absences;
    this.handovers = handovers;
    this.people = people;
  }

  @Override
  public List<AuditEntry> entries(String processInstanceId) {
    List<AuditEntry> entries = new ArrayList<>();
    absences.findByProcessInstanceId(processInstanceId).ifPresent(a -> {
      for (TaskHandover h : handovers.ofAbsence(a.getId())) {
        String task = h.getProcessKey() + " task " + h.getTaskId();
        entries.add(new AuditEntry(h.getHandedAt(), null, "Handed a task to the cover", task,
            people.displayName(h.getFromOfficer()) + " to " + people.displayName(h.getToOfficer())));
        if (h.getHandedBackAt() != null) {
          entries.add(new AuditEntry(h.getHandedBackAt(), null, "Handed the task back", task,
              people.displayName(h.getToOfficer()) + " to " + people.displayName(h.getFromOfficer())));
        }
      }
    });
    return entries;
  }
}
