package com.sroworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.sroworkflow.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 20: a task's form answers are kept out of the case by empty input mappings (variables of the step that
 * start empty). Such a variable leaves no history until it gets a value ({@link EnginePlugin#postInit}); with its
 * first value it gets its history row and the update's detail, as before, through Tasklist's {@code submit-form}
 * and through {@code complete} alike. The case's own variables keep their history from their creation.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StepFieldHistoryTest {

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired HistoryService history;

  private String deploymentId;

  @BeforeAll
  void deployProbe() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("stepFieldHistoryProbe")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("Answer").name("Answer").camundaCandidateGroups("camunda-admin")
        .camundaInputParameter("filled", "")
        .camundaInputParameter("leftEmpty", "")
        .camundaInputParameter("given", "${'a value from the start'}")
        .endEvent()
        .done();
    deploymentId = repository.createDeployment().addModelInstance("step-field-history.bpmn", model).deploy().getId();
  }

  @AfterAll
  void removeProbe() {
    repository.deleteDeployment(deploymentId, true);
  }

  private Task start() {
    Map<String, Object> caseVariables = new HashMap<>();
    caseVariables.put("caseNote", null);
    ProcessInstance pi = runtime.startProcessInstanceByKey("stepFieldHistoryProbe", caseVariables);
    Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    // the mapping is in force: the step's fields exist, empty, on the step and not on the case
    assertThat(runtime.getVariablesLocal(task.getExecutionId())).containsEntry("filled", null)
        .containsEntry("leftEmpty", null);
    assertThat(runtime.getVariablesLocal(pi.getId())).containsOnlyKeys("caseNote");
    assertThat(variables(pi.getId(), "filled")).as("an empty field has no history yet").isEmpty();
    assertThat(variables(pi.getId(), "leftEmpty")).isEmpty();
    assertThat(updates(pi.getId(), "filled")).isEmpty();
    return task;
  }

  @Test
  void aFormAnswerGetsItsHistoryWithItsValueAndAnEmptyFieldLeavesNone() {
    Task task = start();
    forms.submitTaskForm(task.getId(), Map.of("filled", "an answer"));
    assertAnswered(task.getProcessInstanceId(), "an answer");
  }

  @Test
  void theSameThroughComplete() {
    Task task = start();
    tasks.complete(task.getId(), Map.of("filled", "another answer"));
    assertAnswered(task.getProcessInstanceId(), "another answer");
  }

  @Test
  void aFieldSetAndClearedAgainKeepsItsHistory() {
    Task task = start();
    runtime.setVariableLocal(task.getExecutionId(), "filled", "a draft");
    Map<String, Object> cleared = new HashMap<>();
    cleared.put("filled", null);
    tasks.complete(task.getId(), cleared);
    List<HistoricVariableInstance> filled = variables(task.getProcessInstanceId(), "filled");
    assertThat(filled).hasSize(1);
    assertThat(filled.get(0).getValue()).isNull();
    assertThat(updates(task.getProcessInstanceId(), "filled")).extracting(HistoricVariableUpdate::getValue)
        .containsExactly("a draft", null);
  }

  private void assertAnswered(String processInstanceId, String answer) {
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count())
        .as("the process ended").isZero();
    List<HistoricVariableInstance> filled = variables(processInstanceId, "filled");
    assertThat(filled).hasSize(1);
    assertThat(filled.get(0).getValue()).isEqualTo(answer);
    assertThat(filled.get(0).getState()).isEqualTo(HistoricVariableInstance.STATE_CREATED);
    assertThat(filled.get(0).getActivityInstanceId()).as("a variable of the step")
        .startsWith("Answer:");
    assertThat(updates(processInstanceId, "filled")).extracting(HistoricVariableUpdate::getValue)
        .as("one detail, with the value; none for the empty start").containsExactly(answer);
    assertThat(variables(processInstanceId, "leftEmpty")).as("a field left empty").isEmpty();
    assertThat(updates(processInstanceId, "leftEmpty")).isEmpty();
    assertThat(variables(processInstanceId, "given")).extracting(HistoricVariableInstance::getValue)
        .as("a step variable with a value, from its creation").containsExactly("a value from the start");
    assertThat(updates(processInstanceId, "given")).hasSize(1);
    List<HistoricVariableInstance> caseNote = variables(processInstanceId, "caseNote");
    assertThat(caseNote).as("the case's own empty variable keeps its history").hasSize(1);
    assertThat(caseNote.get(0).getValue()).isNull();
    assertThat(updates(processInstanceId, "caseNote")).hasSize(1);
  }

  private List<HistoricVariableInstance> variables(String processInstanceId, String name) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).variableName(name)
        .list();
  }

  private List<HistoricVariableUpdate> updates(String processInstanceId, String name) {
    return history.createHistoricDetailQuery().processInstanceId(processInstanceId).variableUpdates()
        .orderByTime().asc().orderPartiallyByOccurrence().asc().list().stream()
        .map(HistoricVariableUpdate.class::cast)
        .filter(update -> update.getVariableName().equals(name)).toList();
  }
}
