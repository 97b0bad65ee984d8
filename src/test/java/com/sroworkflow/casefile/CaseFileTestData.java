package com.sroworkflow.casefile;

import com.sroworkflow.referral.ReferralTestData;
import com.sroworkflow.threat.ThreatScenario;
import com.sroworkflow.threat.ThreatTestData;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The case file's tests' cases: one LHS student with a threat case and a referral (named with accents, to be
 * found without them), and a WMS threat case of another student. Each call makes new cases with new ids, so a
 * test finds exactly its own among whatever other tests left.
 */
@Component
public class CaseFileTestData {

  @Autowired ThreatScenario threats;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;

  private int next = (int) (System.nanoTime() % 100_000);

  public record Cases(String student, String name, ProcessInstance threat, ProcessInstance referral,
      String wmsStudent, ProcessInstance wmsThreat) {}

  public Cases create() {
    next++;
    String student = "LHS-88" + next;
    String name = "José Núñez-Ortiz " + Integer.toString(next, 36).replaceAll("[0-9]", "x");
    Map<String, Object> report = new HashMap<>(ThreatTestData.lhsReport());
    report.put("studentName", name);
    report.put("districtStudentId", student);
    ProcessInstance threat = threats.report("paula", report);
    Map<String, Object> referral = new HashMap<>(ReferralTestData.lhsReferral());
    referral.put("studentName", name);
    referral.put("districtStudentId", student);
    identity.setAuthentication("sally", List.of("sro"), List.of("LHS"));
    ProcessInstance referralCase;
    try {
      referralCase = runtime.startProcessInstanceByKey("studentReferral", referral);
    } finally {
      identity.clearAuthentication();
    }
    String wmsStudent = "WMS-88" + next;
    Map<String, Object> wms = new HashMap<>(ThreatTestData.wmsReport());
    wms.put("districtStudentId", wmsStudent);
    ProcessInstance wmsThreat = threats.report("peter", wms);
    return new Cases(student, name, threat, referralCase, wmsStudent, wmsThreat);
  }

  /** Ends the running cases (their records stay, as closed-case records do until retention). */
  public void end(Cases cases) {
    threats.removeStartedCases();
    if (runtime.createProcessInstanceQuery().processInstanceId(cases.referral().getId()).count() > 0) {
      runtime.deleteProcessInstance(cases.referral().getId(), "test cleanup", true, true);
    }
  }
}
