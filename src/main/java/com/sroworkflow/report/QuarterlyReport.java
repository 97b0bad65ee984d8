package com.sroworkflow.report;

import java.util.List;
import org.threeten.extra.YearQuarter;

/**
 * The figures of one quarter for one SRO or one school, for the SRO's supervisor: no student is named,
 * only counts.
 *
 * @param subject "officer" or "school"
 * @param schools the schools served in the quarter (for an SRO) or the SROs who served (for a school)
 * @param otherRecords every capability's record counts for the quarter ({@code figures.RecordFigures}): truancy,
 *     absences, narratives, and the records of any capability that contributes figures
 * @param narratives the monthly narratives to the Detective Sergeant: that each was written and read, never its
 *     words (they are the SRO's police record for the sergeant; principals read this report too)
 */
record QuarterlyReport(String subject, String id, String name, YearQuarter quarter, List<String> servedBy,
    int threatCases, List<Count> threatsByLevel, List<Count> threatsByOutcome, int referrals,
    List<Count> referralsByAgencyType, List<Count> referralsByStatus, Acknowledgement acknowledgement,
    List<ActivityCount> activities, List<TrainingRow> training, List<Count> otherRecords,
    List<NarrativeRow> narratives) {

  public record Count(String label, long count) {}

  /**
   * How long principals took to acknowledge the quarter's referrals, in hours.
   *
   * @param median null when none was acknowledged
   */
  public record Acknowledgement(long acknowledged, long waiting, Double median, Double longest) {}

  public record ActivityCount(String label, long count, double hours, long participants) {}

  /** A month's narrative: whose, which month, written and read when (a day, or "not yet"). */
  public record NarrativeRow(String officer, String month, String submitted, String read) {}

  public record TrainingRow(String officer, String title, String status, String detail) {}
}
