package com.sroworkflow.incident;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Opens a threat assessment for an incident through the threat package's public entry, the start variables
 * of {@code threatAssessment} (see threat.ThreatCases), as the principal who asked for it. The incident keeps
 * the threat case's id and the threat case the incident's reference: a link both ways, no record copied. The
 * threat team's report needs the words or behavior, which are the incident's.
 */
@Component
class OpenThreatCase {

  static final String THREAT_PROCESS = "threatAssessment";

  private final RuntimeService runtime;

  OpenThreatCase(RuntimeService runtime) {
    this.runtime = runtime;
  }

  String open(Incident i) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("schoolCode", i.getSchoolCode());
    variables.put("threatBehaviour", i.getDescription());
    variables.put("incidentDate", i.getIncidentDate().toString());
    if (i.getLocation() != null) {
      variables.put("incidentLocation", i.getLocation());
    }
    variables.put("reportSource", "STAFF");
    variables.put("linkedIncident", i.reference());
    return runtime.startProcessInstanceByKey(THREAT_PROCESS, variables).getId();
  }
}
