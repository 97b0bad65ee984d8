package com.sroworkflow.selection;

import com.sroworkflow.identity.People;
import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.InvalidInputException;
import com.sroworkflow.system.SubmittedValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/** Convenes the board HR chose, refusing one without a commander and two school representatives. */
@Component("recordBoard")
class RecordBoard implements TaskListener {

  private final Applications applications;
  private final People people;

  RecordBoard(Applications applications, People people) {
    this.applications = applications;
    this.people = people;
  }

  @Override
  public void notify(DelegateTask task) {
    applications.convene(CaseRecords.id(task, "applicationId"), members(task.getVariable("boardMembers")),
        SubmittedValues.text(task, "interviewAt"), SubmittedValues.text(task, "interviewLocation"),
        people.actingUser(task.getAssignee()));
  }

  private static Collection<?> members(Object value) {
    if (value instanceof SpinJsonNode node && node.isArray()) {
      List<String> members = new ArrayList<>();
      node.elements().forEach(e -> members.add(e.stringValue()));
      return members;
    }
    if (value instanceof Collection<?> list) {
      return list;
    }
    throw InvalidInputException.of("boardMembers", "selection.boardMembers.choose-members-interview-board");
  }
}
