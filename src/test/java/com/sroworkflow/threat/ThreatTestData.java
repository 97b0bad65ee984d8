package com.sroworkflow.threat;

import com.sroworkflow.system.JsonVariables;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A valid report of a threat at LHS (and one at WMS), to change one value at a time. */
public final class ThreatTestData {

  private ThreatTestData() {}

  /** The clock of the tests: a Wednesday morning, so deadlines fall on plain school days. */
  static final String TODAY = "2026-11-18";

  public static Map<String, Object> lhsReport() {
    Map<String, Object> v = new HashMap<>();
    v.put("schoolCode", "LHS");
    v.put("studentName", "Casey Jordan Lee");
    v.put("studentGrade", "10");
    v.put("districtStudentId", "LHS-5520193");
    v.put("imminentDanger", "NO");
    v.put("threatTargets", "Alex M., a classmate");
    v.put("threatBehaviour", "Told Alex in the cafeteria: \"I'm going to bring my dad's gun and shoot you.\"");
    v.put("incidentDate", TODAY);
    v.put("incidentTime", "08:40");
    v.put("incidentLocation", "Cafeteria");
    v.put("weapon", "MENTIONED");
    v.put("weaponDetails", "His father's handgun");
    v.put("reportSource", "STUDENT");
    v.put("sourceName", "Jamie R., a classmate");
    v.put("reportAnonymously", false);
    return v;
  }

  public static Map<String, Object> wmsReport() {
    Map<String, Object> v = lhsReport();
    v.put("schoolCode", "WMS");
    v.put("studentName", "Riley Stone");
    v.put("studentGrade", "7");
    v.put("districtStudentId", "WMS-2210311");
    return v;
  }

  public static Date wednesdayMorning(ZoneId zone) {
    return Date.from(LocalDateTime.of(2026, 11, 18, 10, 0).atZone(zone).toInstant());
  }

  static Object list(Object... items) {
    return JsonVariables.json(List.of(items));
  }

  /** Row {@code row} of a form's plan actions. */
  static Map<String, Object> action(int row, String action, String owner, String due) {
    Map<String, Object> v = new HashMap<>();
    v.put("action" + row, action);
    v.put("owner" + row, owner);
    v.put("due" + row, due);
    return v;
  }

  /**
   * Answers to the CSTAG questions: resolved on the spot, violent, means, plan, prior incidents; no
   * weapon seen, no danger now or today, no talk of self-harm.
   */
  public static Map<String, Object> answers(String resolved, String violent, String means, String plan, String prior) {
    return answers(resolved, violent, means, plan, prior, "NO", "NO", "NO");
  }

  /** All eight answers, in the decision table's column order. */
  public static Map<String, Object> answers(String resolved, String violent, String means, String plan, String prior,
      String weaponSeen, String imminentDangerNow, String selfHarm) {
    Map<String, Object> v = new HashMap<>();
    v.put("resolvedOnSpot", resolved);
    v.put("violentThreat", violent);
    v.put("meansAccess", means);
    v.put("hasPlan", plan);
    v.put("priorIncidents", prior);
    v.put("weaponSeen", weaponSeen);
    v.put("imminentDangerNow", imminentDangerNow);
    v.put("selfHarm", selfHarm);
    v.put("assessmentNotes", "Interviewed Casey, Alex and two witnesses.");
    return v;
  }

  /** A teacher's report as the Tasklist start form requires it: the school, what was said or done, and when. */
  public static Map<String, Object> minimalReport(String school) {
    Map<String, Object> v = new HashMap<>();
    v.put("schoolCode", school);
    v.put("threatBehaviour", "A student in the hallway said he would \"make everyone pay\" tomorrow.");
    v.put("incidentDate", TODAY);
    return v;
  }

  /** The intended victim is a student, and their parents were told. */
  static Map<String, Object> victimParentsTold(String whom) {
    Map<String, Object> v = new HashMap<>(told(whom));
    v.put("victimKind", "STUDENT");
    return v;
  }

  static Map<String, Object> told(String whom) {
    return Map.of("toldWhom", whom, "toldAt", TODAY + "T09:30", "toldHow", "PHONE");
  }
}
