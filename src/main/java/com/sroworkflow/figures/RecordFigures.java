package com.sroworkflow.figures;

import java.util.List;

/**
 * A capability's counts of its own records (incidents, drills, events, conferences, ...), for the SRO's
 * monthly narrative and the quarterly report. Each capability that keeps such records contributes one
 * bean; the reports collect every bean of this type, so a report never reads another package's tables.
 * Counts only: never a student's name, id or the words of a report.
 */
public interface RecordFigures {

  List<RecordCount> count(RecordScope scope);
}
