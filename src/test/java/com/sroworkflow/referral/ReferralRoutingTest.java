package com.sroworkflow.referral;

import static com.sroworkflow.referral.ReferralTestData.lhsReferral;
import static com.sroworkflow.referral.ReferralTestData.wmsReferral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sroworkflow.IntegrationTest;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.notification.Notification;
import com.sroworkflow.notification.NotificationRepository;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A referral reaches the principal of its own school only: the WMS principal does not see an LHS
 * referral, is not mailed about it and cannot complete it, whether through the Java API, Tasklist's
 * filters or the REST API. Each query runs as the person, with their groups and schools.
 */
@IntegrationTest
class ReferralRoutingTest {

  private record Person(String id, List<String> groups, List<String> schools) {}

  private static final Person SALLY = new Person("sally", List.of(Roles.SRO, Roles.THREAT_TEAM), List.of("LHS"));
  private static final Person STEVE = new Person("steve", List.of(Roles.SRO, Roles.THREAT_TEAM), List.of("WMS"));
  private static final Person PAULA = new Person("paula", List.of(Roles.PRINCIPAL, Roles.THREAT_TEAM), List.of("LHS"));
  private static final Person PETER = new Person("peter", List.of(Roles.PRINCIPAL, Roles.THREAT_TEAM), List.of("WMS"));
  private static final Person DANA = new Person("dana", List.of(Roles.DISTRICT_ADMIN), List.of("LHS", "WMS"));
  private static final Person ADMIN = new Person("admin", List.of(Roles.ADMIN), List.of());

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired FilterService filters;
  @Autowired NotificationRepository outbox;
  @Autowired ReferralRepository referrals;
  @Autowired TestRestTemplate rest;

  @AfterEach
  void logOut() {
    identity.clearAuthentication();
  }

  private <T> T as(Person person, Supplier<T> action) {
    identity.setAuthentication(person.id(), person.groups(), person.schools());
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private ProcessInstance refer(Person sro, Map<String, Object> variables) {
    variables.remove("referringUser");
    return as(sro, () -> runtime.startProcessInstanceByKey("studentReferral", variables));
  }

  private List<Task> tasksOf(Person person, ProcessInstance pi) {
    return as(person, () -> tasks.createTaskQuery().processInstanceId(pi.getId()).list());
  }

  private List<Task> filtered(Person person, String filterName) {
    return as(person, () -> {
      Filter filter = filters.createTaskFilterQuery().filterName(filterName).singleResult();
      return filters.<Task>list(filter.getId());
    });
  }

  private static Task acknowledgeTask(List<Task> tasks) {
    return tasks.stream().filter(t -> t.getTaskDefinitionKey().equals("AcknowledgeReferral")).findFirst().orElseThrow();
  }

  @Test
  void anLhsReferralGoesToTheLhsPrincipalAndNotToTheWmsPrincipal() {
    ProcessInstance pi = refer(SALLY, lhsReferral());
    assertThat(pi.getTenantId()).isEqualTo("LHS");
    Task acknowledge = acknowledgeTask(tasksOf(PAULA, pi));

    assertThat(filtered(PAULA, "Referrals to acknowledge")).extracting(Task::getId).contains(acknowledge.getId());
    assertThat(filtered(SALLY, "My referrals")).extracting(Task::getTaskDefinitionKey).contains("RecordConsent");
    assertThat(outbox.findByProcessInstanceIdOrderByIdAsc(pi.getId()))
        .extracting(Notification::getRecipientUsername).containsExactly("paula");

    assertThat(tasksOf(PETER, pi)).isEmpty();
    assertThat(filtered(PETER, "Referrals to acknowledge")).extracting(Task::getId).doesNotContain(acknowledge.getId());
    assertThat(as(PETER, () -> history.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).count()))
        .isZero();
    assertThat(as(PETER, () -> history.createHistoricTaskInstanceQuery().processInstanceId(pi.getId()).count()))
        .isZero();
    assertThat(as(PETER, () -> runtime.createVariableInstanceQuery().processInstanceIdIn(pi.getId()).count()))
        .isZero();
    assertThat(as(PETER, () -> runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count())).isZero();
    assertThatThrownBy(() -> as(PETER, () -> {
      tasks.complete(acknowledge.getId(), Map.of("acknowledgementComment", "Not my school"));
      return null;
    }));
    assertThat(tasksOf(STEVE, pi)).isEmpty();

    as(PAULA, () -> {
      tasks.complete(acknowledge.getId(), Map.of("acknowledgementComment", "Seen."));
      return null;
    });
    Referral referral = referrals.findByProcessInstanceId(pi.getId()).orElseThrow();
    assertThat(referral.getAcknowledgedBy()).isEqualTo("paula");
    assertThat(referral.getReferredBy()).isEqualTo("sally");
  }

  @Test
  void aWmsReferralGoesToTheWmsPrincipalAndNotToTheLhsPrincipal() {
    ProcessInstance pi = refer(STEVE, wmsReferral());

    assertThat(pi.getTenantId()).isEqualTo("WMS");
    assertThat(tasksOf(PETER, pi)).extracting(Task::getTaskDefinitionKey).contains("AcknowledgeReferral");
    assertThat(tasksOf(PAULA, pi)).isEmpty();
    assertThat(tasksOf(SALLY, pi)).isEmpty();
    assertThat(outbox.findByProcessInstanceIdOrderByIdAsc(pi.getId()))
        .extracting(Notification::getRecipientUsername).containsExactly("peter");
  }

  @Test
  void onlyThePrincipalAcknowledgesNeitherTheDesigneeNorAnAdministrator() {
    ProcessInstance pi = refer(SALLY, lhsReferral());
    Task acknowledge = acknowledgeTask(tasksOf(PAULA, pi));
    // Before the deadline passes the designee does not even see the principal's task.
    assertThat(tasksOf(DANA, pi)).extracting(Task::getTaskDefinitionKey).doesNotContain("AcknowledgeReferral");

    assertThatThrownBy(() -> as(DANA, () -> {
      tasks.complete(acknowledge.getId(), Map.of());
      return null;
    }));
    // An administrator may do anything in Camunda, but the acknowledgement is the principal's.
    assertThatThrownBy(() -> as(ADMIN, () -> {
      tasks.complete(acknowledge.getId(), Map.of());
      return null;
    })).hasMessageContaining("Only a principal of Lincoln High School");

    assertThat(tasks.createTaskQuery().taskId(acknowledge.getId()).count()).isOne();
    assertThat(referrals.findByProcessInstanceId(pi.getId()).orElseThrow().getAcknowledgedAt()).isNull();
  }

  private ResponseEntity<String> restAs(Person person, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(person.id(), "demo", StandardCharsets.UTF_8);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange("/engine-rest" + path, method, new HttpEntity<>(body, headers), String.class);
  }

  @Test
  void overRestTheWmsPrincipalGetsNothingOfAnLhsReferral() {
    ProcessInstance pi = refer(SALLY, lhsReferral());
    String taskId = acknowledgeTask(tasksOf(PAULA, pi)).getId();

    assertThat(restAs(PETER, HttpMethod.GET, "/task?processInstanceId=" + pi.getId(), null).getBody()).isEqualTo("[]");
    assertThat(restAs(PETER, HttpMethod.GET, "/task/" + taskId, null).getStatusCode().value()).isEqualTo(404);
    assertThat(restAs(PETER, HttpMethod.GET, "/process-instance/" + pi.getId() + "/variables", null)
        .getStatusCode().value()).isEqualTo(404);
    assertThat(restAs(PETER, HttpMethod.GET, "/history/process-instance?processInstanceId=" + pi.getId(), null)
        .getBody()).isEqualTo("[]");
    ResponseEntity<String> completed = restAs(PETER, HttpMethod.POST, "/task/" + taskId + "/complete",
        "{\"variables\": {}}");
    assertThat(completed.getStatusCode().value()).as(completed.getBody()).isEqualTo(404);
    assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();

    assertThat(restAs(PAULA, HttpMethod.GET, "/task?processInstanceId=" + pi.getId() + "&taskDefinitionKey=AcknowledgeReferral",
        null).getBody()).contains(taskId);
    assertThat(restAs(PAULA, HttpMethod.POST, "/task/" + taskId + "/complete",
        "{\"variables\": {\"acknowledgementComment\": {\"value\": \"Seen, thanks.\"}}}").getStatusCode().value())
        .isEqualTo(204);
    assertThat(referrals.findByProcessInstanceId(pi.getId()).orElseThrow().getAcknowledgedBy()).isEqualTo("paula");
  }
}
