package com.sroworkflow.threat;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What a report of a threat says: the start variables of {@code threatAssessment}.
 *
 * @param targets   who was threatened: names, a group, or the school
 * @param behaviour the exact words or behaviour
 * @param anonymous the reporter's identity is not recorded on the case
 * @param tipId     the tip page's record for a report with source TIP, else null
 */
public record NewThreatReport(
    String schoolCode,
    String studentName,
    String studentGrade,
    String districtStudentId,
    String targets,
    String behaviour,
    LocalDate incidentDate,
    LocalTime incidentTime,
    String incidentLocation,
    ThreatCase.Weapon weapon,
    String weaponDetails,
    boolean imminentDanger,
    ThreatCase.ReportSource reportSource,
    String sourceName,
    boolean anonymous,
    Long tipId) {}
