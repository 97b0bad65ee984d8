package com.sroworkflow.tip;

import com.sroworkflow.school.SchoolTenantPlugin;
import com.sroworkflow.security.CurrentUser;
import com.sroworkflow.system.InvalidInputException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts the threat case of a tip: process {@code threatAssessment} with the tip's facts as its start
 * variables, in the school's tenant (the {@link SchoolTenantPlugin} puts it there from
 * {@code schoolCode}). The variables carry the reporter's name only if one was given, and never how
 * to reach them: that stays on the tip.
 */
@Component
class StartThreatCase {

  static final String PROCESS = "threatAssessment";
  static final String REPORT_SOURCE = "TIP";

  private final RuntimeService runtime;
  private final CurrentUser user;

  StartThreatCase(RuntimeService runtime, CurrentUser user) {
    this.runtime = runtime;
    this.user = user;
  }

  /**
   * Starts the case as a system action, whoever may be logged in on the calling thread: the tip is
   * the public's, so no person is recorded as its starter and no one's schools limit where it goes.
   * Returns the process instance id.
   */
  String start(Tip tip) {
    try {
      return user.withoutCaller(() -> runtime.startProcessInstanceByKey(PROCESS, variables(tip)).getId());
    } catch (RuntimeException e) {
      // The model refused a value (its own rules): answer as a refusal naming the field, not a 500.
      InvalidInputException refused = InvalidInputException.findIn(e);
      throw refused != null ? refused : e;
    }
  }

  /** The start variables of the tip's case (the contract with bpmn/threat-assessment.bpmn). */
  static Map<String, Object> variables(Tip tip) {
    Map<String, Object> v = new HashMap<>();
    v.put(SchoolTenantPlugin.SCHOOL_CODE, tip.getSchoolCode());
    v.put("threatBehaviour", tip.getThreatBehaviour());
    v.put("incidentDate", tip.getIncidentDate().toString());
    putIfKnown(v, "incidentTime", tip.getIncidentTime() == null ? null : tip.getIncidentTime().toString());
    putIfKnown(v, "incidentLocation", tip.getIncidentLocation());
    putIfKnown(v, "studentName", tip.getStudentName());
    putIfKnown(v, "studentGrade", tip.getStudentGrade());
    v.put("reportSource", REPORT_SOURCE);
    v.put("reportAnonymously", tip.isAnonymous());
    putIfKnown(v, "sourceName", tip.getReporterName());
    v.put("tipId", tip.getId());
    return v;
  }

  private static void putIfKnown(Map<String, Object> variables, String name, String value) {
    if (value != null) {
      variables.put(name, value);
    }
  }
}
