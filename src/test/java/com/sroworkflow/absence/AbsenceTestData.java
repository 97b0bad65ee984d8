package com.sroworkflow.absence;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Resets absences, hand-overs and the cases whose tasks the hand-over tests move. */
@Component
public class AbsenceTestData {

  static final List<String> PROCESSES = List.of("sroAbsence", "truancyCase", "studentReferral");

  @Autowired RuntimeService runtime;
  @Autowired SroAbsenceRepository absences;
  @Autowired TaskHandoverRepository handovers;

  public void reset() {
    for (String key : PROCESSES) {
      runtime.createProcessInstanceQuery().processDefinitionKey(key).list()
          .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test reset", true, true));
    }
    handovers.deleteAll();
    absences.deleteAll();
  }

  /** How many of the hand-overs recorded went for good (a removal). */
  public long handedForGood() {
    return handovers.findAll().stream().filter(h -> TaskHandovers.REMOVAL.equals(h.getReason())).count();
  }
}
