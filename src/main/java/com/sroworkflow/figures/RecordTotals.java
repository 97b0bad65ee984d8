package com.sroworkflow.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every capability's counts for one scope, as the monthly narrative and the quarterly report show them: one
 * line a kind, in the order the beans give them, counts of the same kind added up.
 */
public final class RecordTotals {

  private RecordTotals() {}

  public static List<RecordCount> of(List<RecordFigures> figures, RecordScope scope) {
    Map<String, RecordCount> lines = new LinkedHashMap<>();
    for (RecordFigures f : figures) {
      for (RecordCount c : f.count(scope)) {
        lines.merge(c.kind(), c, (a, b) -> new RecordCount(a.kind(), a.label(), a.count() + b.count()));
      }
    }
    return List.copyOf(lines.values());
  }
}
