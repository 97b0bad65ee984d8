package com.sroworkflow.selection;

import com.sroworkflow.District;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Drives SRO selection the way people do in Tasklist: each step as the user who takes it, with that
 * user's groups and schools, through the form service.
 */
@Component
public class SelectionScenario {

  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired IdentityService identity;
  @Autowired RepositoryService repository;
  @Autowired ManagementService management;
  @Autowired ApplicationRepository applications;
  @Autowired VacancyRepository vacancies;
  @Autowired Vacancies vacancyService;
  @Autowired com.sroworkflow.school.Deadlines deadlines;
  @Autowired AppointmentRepository appointments;
  @Autowired TrainingRepository trainings;
  @Autowired BoardScoreRepository scores;
  @Autowired InterviewBoardRepository boards;
  @Autowired RecommendationRepository recommendations;
  @Autowired EligibilityFindingRepository findings;

  /** Ends every selection case and forgets its records, so each test starts from an empty list. */
  public void reset() {
    identity.clearAuthentication();
    for (String key : List.of("sroSelection", "sroVacancy", "sroWithdrawal")) {
      runtime.createProcessInstanceQuery().processDefinitionKey(key).list()
          .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test reset", true, true));
    }
    trainings.deleteAll();
    appointments.deleteAll();
    scores.deleteAll();
    boards.deleteAll();
    recommendations.deleteAll();
    findings.deleteAll();
    applications.deleteAll();
    vacancies.deleteAll();
  }

  public <T> T as(String user, Supplier<T> action) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    List<String> tenants = identity.createTenantQuery().userMember(user).list().stream().map(Tenant::getId).toList();
    identity.setAuthentication(user, groups, tenants);
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  public void as(String user, Runnable action) {
    as(user, () -> {
      action.run();
      return null;
    });
  }

  /** HR opens a vacancy for the schools given as codes separated by commas, chosen in the form's checklist. */
  public ProcessInstance openVacancy(String schools, long posts) {
    Map<String, Object> v = new HashMap<>();
    v.put("vacancyTitle", "SRO, Lincoln High School and feeder schools");
    v.put("schoolCodes", com.sroworkflow.system.JsonVariables.json(List.of(schools.split(",\\s*"))));
    v.put("postCount", posts);
    v.put("applicationDeadline", District.today().plusDays(14).toString());
    String definition = definition("sroVacancy");
    return as("hana", () -> forms.submitStartForm(definition, v));
  }

  public String reference(ProcessInstance vacancy) {
    return (String) runtime.getVariable(vacancy.getId(), "vacancyRef");
  }

  public ProcessInstance apply(String officer, String vacancyRef) {
    Map<String, Object> v = new HashMap<>();
    v.put("applyingFor", "self");
    v.put("vacancyRef", vacancyRef);
    v.put("statement", "I want to build trust between students and the police.");
    v.put("fitnessDeclared", true);
    v.put("drugFreeDeclared", true);
    String definition = definition("sroSelection");
    return as(officer, () -> forms.submitStartForm(definition, v));
  }

  /** The applicant withdraws from the start form of process sroWithdrawal. */
  public ProcessInstance withdraw(String applicant, Application application, String reason) {
    return withdraw(applicant, String.valueOf(application.getId()), reason);
  }

  public ProcessInstance withdraw(String applicant, String applicationId, String reason) {
    Map<String, Object> v = new HashMap<>();
    v.put("applicationId", applicationId);
    v.put("withdrawConfirmed", true);
    v.put("withdrawReason", reason);
    String definition = definition("sroWithdrawal");
    return as(applicant, () -> forms.submitStartForm(definition, v));
  }

  public String definition(String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId();
  }

  public Task task(ProcessInstance pi, String key) {
    List<Task> open = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
    assertThat(open).as("open task " + key).hasSize(1);
    return open.get(0);
  }

  public void complete(String user, Task task, Map<String, Object> values) {
    as(user, () -> forms.submitTaskForm(task.getId(), values));
  }

  public static Map<String, Object> record(boolean certified, double years, boolean probation, long sustained,
      long juvenile) {
    Map<String, Object> v = new HashMap<>();
    v.put("stateCertified", certified);
    v.put("certificationNumber", certified ? "APOSTC-20418" : null);
    v.put("fullTimeYears", years);
    v.put("probationCompleted", probation);
    v.put("sustainedComplaints", sustained);
    v.put("juvenileComplaints", juvenile);
    return v;
  }

  public static Map<String, Object> cleanRecord() {
    return record(true, 6.5, true, 0, 0);
  }

  public void verifyAndReview(ProcessInstance pi, Map<String, Object> record) {
    complete("hana", task(pi, "VerifyRecord"), record);
    complete("hana", task(pi, "ReviewEligibility"), Map.of("eligibilityReviewed", true));
  }

  public void recommend(ProcessInstance pi, boolean positive) {
    complete("sam", task(pi, "WriteRecommendation"), Map.of(
        "recommendation", positive ? "recommend" : "doNotRecommend",
        "recommendationText", positive
            ? "Calm, patient and trusted by young people on her beat; an excellent fit for a school."
            : "Not ready yet: needs more experience de-escalating conflicts with juveniles."));
  }

  public void convene(ProcessInstance pi) {
    complete("hana", task(pi, "ConveneBoard"), Map.of(
        "boardMembers", org.camunda.spin.Spin.JSON("[\"carl\", \"rita\", \"raj\"]"),
        "interviewAt", District.today().plusDays(3) + "T10:00",
        "interviewLocation", "Police HQ, room 2"));
  }

  public static Map<String, Object> scores(long each, boolean favourable) {
    Map<String, Object> v = new HashMap<>();
    for (String criterion : BoardScore.CRITERIA) {
      v.put(criterion, each);
    }
    v.put("boardRecommendation", favourable ? "favorable" : "unfavorable");
    return v;
  }

  public Task boardTask(ProcessInstance pi, String member) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("ScoreApplicant")
        .taskAssignee(member).singleResult();
  }

  public void scoreAll(ProcessInstance pi, long each, boolean favourable) {
    for (String member : List.of("carl", "rita", "raj")) {
      complete(member, boardTask(pi, member), scores(each, favourable));
    }
  }

  /** From application to the eligibility list: eligible, recommended, scored favourably. */
  public ProcessInstance favourableApplicant(String officer, String vacancyRef) {
    ProcessInstance pi = apply(officer, vacancyRef);
    verifyAndReview(pi, cleanRecord());
    recommend(pi, true);
    convene(pi);
    scoreAll(pi, 4, true);
    return pi;
  }

  /** The application record of a case, running or ended (its business key is "application-&lt;id&gt;"). */
  public Application application(ProcessInstance pi) {
    String key = history.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getBusinessKey();
    return applications.findById(Long.valueOf(key.substring("application-".length()))).orElseThrow();
  }
}
