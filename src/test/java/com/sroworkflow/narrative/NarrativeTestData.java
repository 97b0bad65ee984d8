package com.sroworkflow.narrative;

import java.time.Instant;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Resets narratives and their cases; writes a narrative of a known month for the report's tests. */
@Component
public class NarrativeTestData {

  @Autowired RuntimeService runtime;
  @Autowired SroNarrativeRepository narratives;

  public void reset() {
    runtime.createProcessInstanceQuery().processDefinitionKey(NarrativeSteps.PROCESS).list()
        .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test reset", true, true));
    narratives.deleteAll();
  }

  /** The officer's narrative of the month (yyyy-mm), written now (the engine clock) and not yet read. */
  public void written(String officer, String month, String words) {
    SroNarrative n = new SroNarrative(officer, month, null, "Threat cases at your schools: 0", "sam");
    n.submit(words, Instant.now().plusSeconds(86_400));
    narratives.save(n);
  }
}
