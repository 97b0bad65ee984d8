package com.sroworkflow.tip;

/**
 * What a tip says, as the tip page and {@code POST /api/tips} send it. Only the school, what was
 * said or done and the date are required; everything else may be unknown or withheld.
 *
 * @param schoolCode      the school, picked from the district's list
 * @param threatBehaviour what was said or done
 * @param incidentDate    when: yyyy-mm-dd (the page also takes mm/dd/yyyy)
 * @param incidentTime    optional: hh:mm, 24-hour (the page also takes h:mm AM/PM)
 * @param reporterName    optional: who is reporting; without it the case is anonymous
 * @param reporterContact optional: how the team can reach the reporter; kept on the tip only
 */
record NewTip(
    String schoolCode,
    String threatBehaviour,
    String incidentDate,
    String incidentTime,
    String incidentLocation,
    String studentName,
    String studentGrade,
    String reporterName,
    String reporterContact) {

  /** Surrounding spaces trimmed, and an empty answer is no answer. */
  NewTip normalized() {
    return new NewTip(trim(schoolCode), trim(threatBehaviour), trim(incidentDate), trim(incidentTime),
        trim(incidentLocation), trim(studentName), trim(studentGrade), trim(reporterName), trim(reporterContact));
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
