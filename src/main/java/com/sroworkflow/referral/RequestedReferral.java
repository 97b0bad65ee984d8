package com.sroworkflow.referral;

import com.sroworkflow.system.CaseRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * The variables of a referral a case asked for ({@code camunda:variableMappingDelegateExpression} of the
 * case's call activity to {@code studentReferral}). The case passes only the id of its request; this loads
 * the request by that id and starts the referral with the start variables a Tasklist start gives, so the
 * start form checks them alike and the referral's forms show them. The case gets back the referral's id.
 */
@Component("requestedReferral")
class RequestedReferral implements DelegateVariableMapping {

  private final ReferralRequests requests;

  RequestedReferral(ReferralRequests requests) {
    this.requests = requests;
  }

  @Override
  public void mapInputVariables(DelegateExecution superExecution, VariableMap subVariables) {
    subVariables.putAll(requests.request(CaseRecords.id(superExecution, ReferralRequests.VARIABLE)).startVariables());
  }

  @Override
  public void mapOutputVariables(DelegateExecution superExecution, VariableScope subInstance) {
    superExecution.setVariable("referralId", subInstance.getVariable("referralId"));
  }
}
