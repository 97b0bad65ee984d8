package com.sroworkflow.threat;

import com.sroworkflow.system.SubmittedValues;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads the actions a form lists in numbered rows ({@code action1}, {@code owner1}, {@code due1},
 * {@code action2} …). Rows left empty are skipped; a row filled in part is kept, so that the rules
 * of {@link SafetyPlans} refuse it by its field. Fixed rows rather than a form-js dynamic list:
 * Tasklist 7.24 cannot complete a form once a dynamic list's field has been validated.
 */
final class PlanActionRows {

  private PlanActionRows() {}

  static List<SafetyPlans.NewAction> read(VariableScope scope, int rows) {
    List<SafetyPlans.NewAction> actions = new ArrayList<>();
    for (int row = 1; row <= rows; row++) {
      String action = SubmittedValues.text(scope, "action" + row);
      String owner = SubmittedValues.text(scope, "owner" + row);
      String due = SubmittedValues.text(scope, "due" + row);
      if (action != null || owner != null || due != null) {
        actions.add(new SafetyPlans.NewAction(row, action, owner, SubmittedValues.date("due" + row, due)));
      }
    }
    return actions;
  }
}
