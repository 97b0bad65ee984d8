package com.sroworkflow.threat;

import com.sroworkflow.system.SubmittedValues;
import com.sroworkflow.system.InvalidInputException;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A transient threat is resolved: how (an apology, a clarification, contact with the parents...),
 * with the parents' contact recorded as who, when and how. The case then closes with it.
 */
@Component("recordTransientResolution")
class RecordTransientResolution implements TaskListener {

  enum Step {
    APOLOGY("apology"),
    CLARIFICATION("clarification or explanation"),
    PARENT_CONTACT("parents contacted"),
    MADE_AMENDS("made amends"),
    COUNSELING("counseling or a talk about the rules");

    private final String label;

    Step(String label) {
      this.label = label;
    }
  }

  private final ProtectiveActions protectiveActions;

  RecordTransientResolution(ProtectiveActions protectiveActions) {
    this.protectiveActions = protectiveActions;
  }

  @Override
  public void notify(DelegateTask task) {
    List<Step> steps = SubmittedValues.choices(task, "resolutionSteps").stream()
        .map(s -> SubmittedValues.choice("resolutionSteps", s, Step.class)).toList();
    if (steps.isEmpty()) {
      throw InvalidInputException.of("resolutionSteps", "threat.resolutionSteps.say-how-threat-resolved");
    }
    if (steps.contains(Step.PARENT_CONTACT)) {
      protectiveActions.recordNotice(Inputs.caseId(task), ThreatNotice.Kind.STUDENT_PARENTS,
          SubmittedValues.text(task, "toldWhom"), SubmittedValues.dateTime(task, "toldAt"),
          SubmittedValues.choice(task, "toldHow", ThreatNotice.Method.class), null, false);
    }
    task.getExecution().getProcessInstance().setVariable("closingSummary",
        "Resolved as transient (" + steps.stream().map(s -> s.label).collect(Collectors.joining(", ")) + "): "
            + SubmittedValues.text(task, "resolutionNote"));
  }
}
