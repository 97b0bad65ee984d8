package com.sroworkflow.casefile;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

/**
 * The one way to answer "may the caller read this case, and what is it?" for every page and endpoint
 * under {@code /cases} and {@code /api/cases}. A case is a top-level process instance (threat case,
 * referral, police report, ...); its id is the process instance id. The lookup reads Camunda's history as
 * the caller, so the engine's authorizations and school (tenant) checks decide, as for the audit trail:
 * a case of another school, or a police record for someone outside the police roles, is simply absent.
 * An id that arrived from outside is checked for shape before anything is read.
 *
 * <p>A case is a top-level instance, or an instance another case called that is a case kind of its own (a police
 * report filed on a threat case, the mental-health referral a threat case made): some {@link CaseListing} lists
 * its process. Other called instances are steps of their case, not cases.
 */
@Service
public class ReadableCases {

  private static final Pattern CASE_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

  private final HistoryService history;
  private final Set<String> caseProcesses;

  ReadableCases(HistoryService history, List<CaseListing> listings) {
    this.history = history;
    this.caseProcesses = listings.stream().map(l -> l.kind().processKey()).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * @param caseId the process instance id
   * @param processKey the process definition key ("threat-assessment", "student-referral", ...)
   * @param school the school's code (the instance's tenant)
   * @param ended null while the case is open
   * @param calledBy the case that called this one (a police report's threat case), or null
   */
  public record CaseRef(String caseId, String processKey, String processName, String school, String businessKey,
      Instant started, Instant ended, String startedBy, String processDefinitionId, String calledBy) {

    public boolean open() {
      return ended == null;
    }
  }

  /** The case as the caller may see it, or empty when it does not exist for the caller. */
  public Optional<CaseRef> find(String caseId) {
    if (caseId == null || !CASE_ID.matcher(caseId).matches()) {
      return Optional.empty();
    }
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(caseId)
        .singleResult();
    if (instance == null || instance.getSuperProcessInstanceId() != null
        && !caseProcesses.contains(instance.getProcessDefinitionKey())) {
      return Optional.empty();
    }
    return Optional.of(new CaseRef(instance.getId(), instance.getProcessDefinitionKey(),
        instance.getProcessDefinitionName(), instance.getTenantId(), instance.getBusinessKey(),
        instant(instance.getStartTime()), instant(instance.getEndTime()), instance.getStartUserId(),
        instance.getProcessDefinitionId(), instance.getSuperProcessInstanceId()));
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
