package com.sroworkflow.referral;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** A valid referral of an LHS student by sally, to change one value at a time. */
public final class ReferralTestData {

  static final String RIVERBEND = "riverbend-mental-health";

  private ReferralTestData() {}

  public static Map<String, Object> lhsReferral() {
    Map<String, Object> v = new HashMap<>();
    v.put("schoolCode", "LHS");
    v.put("studentName", "Jordan Avery Doe");
    v.put("studentGrade", "9");
    v.put("districtStudentId", "LHS-4410027");
    v.put("familyContactName", "Morgan Doe");
    v.put("familyContactRelationship", "Mother");
    v.put("familyContactPhone", "(555) 010-2233");
    v.put("familyInterpreterNeeded", false);
    v.put("agencyId", RIVERBEND);
    v.put("purpose", "Assessment and counselling for anxiety that keeps Jordan from attending class.");
    v.put("reason", "Jordan has missed 11 days this term and told me about panic attacks before school.");
    v.put("expectedOutcome", "Jordan sees a counsellor regularly and attends class again.");
    v.put("referringUser", "sally");
    return v;
  }

  public static Map<String, Object> wmsReferral() {
    Map<String, Object> v = lhsReferral();
    v.put("schoolCode", "WMS");
    v.put("studentName", "Riley Stone");
    v.put("studentGrade", "7");
    v.put("districtStudentId", "WMS-2210311");
    v.put("referringUser", "steve");
    return v;
  }

  /** A Wednesday morning in the school calendar's zone, so deadlines are one plain school day. */
  static Date wednesdayMorning(ZoneId zone) {
    return Date.from(LocalDateTime.of(2026, 11, 18, 10, 0).atZone(zone).toInstant());
  }
}
