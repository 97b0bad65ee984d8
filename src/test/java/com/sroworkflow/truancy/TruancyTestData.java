package com.sroworkflow.truancy;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** A valid truancy case at LHS, and the reset of the truancy tables and cases between tests. */
@Component
public class TruancyTestData {

  @Autowired RuntimeService runtime;
  @Autowired TruancyCaseRepository cases;
  @Autowired TruancyPoliceNoteRepository notes;

  public static Map<String, Object> lhsCase() {
    Map<String, Object> v = new HashMap<>();
    v.put("schoolCode", "LHS");
    v.put("studentName", "Jordan Avery Doe");
    v.put("studentGrade", "9");
    v.put("districtStudentId", "LHS-4410027");
    v.put("unexcusedAbsences", 6L);
    v.put("attendanceConcern", "Six unexcused absences since October, mostly Mondays.");
    return v;
  }

  public void reset() {
    runtime.createProcessInstanceQuery().processDefinitionKey("truancyCase").list()
        .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test reset", true, true));
    notes.deleteAll();
    cases.deleteAll();
  }

  /** A case opened at the school now (the engine clock), for the report's figures. */
  public void opened(String school, String processInstanceId) {
    cases.save(new TruancyCase(processInstanceId, school, "A Student", "9", "X-1", 5, "concern", "alex"));
  }
}
