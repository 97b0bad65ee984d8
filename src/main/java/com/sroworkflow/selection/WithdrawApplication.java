package com.sroworkflow.selection;

import com.sroworkflow.identity.People;
import com.sroworkflow.security.CurrentUser;
import com.sroworkflow.system.InvalidInputException;
import com.sroworkflow.system.SubmittedValues;
import java.util.Optional;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The applicant withdraws (process sroWithdrawal): the application is recorded as withdrawn and its
 * selection gets the message that ends every open step of it. Only the applicant's own application,
 * while it is in selection, can be withdrawn; anything else is refused naming the field.
 */
@Component("withdrawApplication")
class WithdrawApplication implements JavaDelegate {

  static final String WITHDRAWN_MESSAGE = "sroApplicationWithdrawn";

  private final ApplicationRepository applications;
  private final People people;
  private final CurrentUser currentUser;

  WithdrawApplication(ApplicationRepository applications, People people, CurrentUser currentUser) {
    this.applications = applications;
    this.people = people;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String applicant = people.actingUser(SubmittedValues.text(execution, "initiator"));
    String id = SubmittedValues.text(execution, "applicationId");
    Application application = parse(id).flatMap(applications::findById)
        .filter(a -> a.getApplicantUsername().equals(applicant))
        .filter(a -> SelectionOptions.IN_SELECTION.contains(a.getStatus()))
        .orElseThrow(() -> InvalidInputException.of("applicationId", "selection.applicationId.application-one-applications-still"));
    application.withdraw(SubmittedValues.text(execution, "withdrawReason"));
    applications.save(application);
    execution.setVariable("caseTitle", "Withdrawal: SRO application for " + application.getVacancy().getReference());
    // the applicant cannot change the selection's case; the program ends it on their word
    try {
      currentUser.withoutCaller(() -> execution.getProcessEngineServices().getRuntimeService()
          .createMessageCorrelation(WITHDRAWN_MESSAGE)
          .processInstanceId(application.getProcessInstanceId())
          .correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      throw InvalidInputException.of("applicationId", "selection.applicationId.application-withdrawn-present-step");
    }
  }

  private static Optional<Long> parse(String id) {
    try {
      return id == null ? Optional.empty() : Optional.of(Long.valueOf(id.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
