package com.sroworkflow.system;

import com.sroworkflow.security.CurrentUser;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * The one way a case's values go with it into a new process instance of the same case (a threat case's new round
 * or transfer, a referral's transfer, issue 17): the case-scope values (texts, flags, numbers, dates), never a record
 * id (a name ending in {@code Id}: the new instance binds its records itself, {@link CaseRecords}), never task-local
 * values, and not the names the caller sets anew.
 */
@Component
public class CarriedVariables {

  private final HistoryService history;
  private final CurrentUser user;

  CarriedVariables(HistoryService history, CurrentUser user) {
    this.history = history;
    this.user = user;
  }

  public Map<String, Object> of(String processInstanceId, Set<String> notCarried) {
    Map<String, Object> variables = new HashMap<>();
    List<HistoricVariableInstance> values = user.withoutCaller(() -> history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(processInstanceId).list());
    for (HistoricVariableInstance v : values) {
      Object value = v.getValue();
      boolean caseScope = processInstanceId.equals(v.getActivityInstanceId());
      boolean plain = value instanceof String || value instanceof Boolean || value instanceof Number
          || value instanceof Date;
      if (caseScope && plain && !v.getName().endsWith("Id") && !notCarried.contains(v.getName())) {
        variables.put(v.getName(), value);
      }
    }
    return variables;
  }
}
