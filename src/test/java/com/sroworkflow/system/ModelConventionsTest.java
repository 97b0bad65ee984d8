package com.sroworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.NotOnPostgres;
import java.io.File;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a person using Tasklist or the Modeler would trip over, checked for every model in bpmn/:
 * tasks nobody can see, forms that are missing or not deployed, processes without a retention
 * period, elements without a diagram shape.
 */
@IntegrationTest
@NotOnPostgres("the models and forms as files and as deployed: the same deployment on every database")
class ModelConventionsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired RepositoryService repository;
  @Autowired com.sroworkflow.school.Deadlines.Settings deadlineSettings;

  static List<File> models() {
    File[] files = new File("bpmn").listFiles((dir, name) -> name.endsWith(".bpmn"));
    assertThat(files).isNotEmpty();
    return List.of(files);
  }

  @Test
  void everyUserTaskIsRoutedToSomeoneAndHasADeploymentBoundForm() {
    List<String> problems = new ArrayList<>();
    for (File file : models()) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file);
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String where = file.getName() + " " + task.getId();
        if (blank(task.getCamundaAssignee()) && blank(task.getCamundaCandidateGroups())
            && blank(task.getCamundaCandidateUsers())) {
          problems.add(where + " is routed to nobody");
        }
        if (blank(task.getCamundaFormRef())) {
          problems.add(where + " has no camunda:formRef");
        } else if (!"deployment".equals(task.getCamundaFormRefBinding())) {
          problems.add(where + " should bind its form to the deployment");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /**
   * Every step lands in Tasklist with a deadline. A task with nothing to be late for (the applicant's
   * "withdraw" offer) says so in the model with a camunda:property {@code openEnded} giving the reason.
   */
  @Test
  void everyUserTaskHasADueDateOrSaysWhyItHasNone() {
    List<String> problems = new ArrayList<>();
    for (File file : models()) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file);
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        boolean openEnded = task.getExtensionElements() != null
            && task.getExtensionElements().getElementsQuery()
                .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list()
                .stream().flatMap(p -> p.getCamundaProperties().stream())
                .anyMatch(p -> "openEnded".equals(p.getCamundaName()) && !blank(p.getCamundaValue()));
        if (blank(task.getCamundaDueDate()) && !openEnded) {
          problems.add(file.getName() + " " + task.getId() + " has no camunda:dueDate");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /**
   * Deadlines are counted one way, by the deadline service on the school calendar and its settings
   * (school/Deadlines, sro.deadlines.*): a due date or timer asks it by a configured name, or takes a
   * date a step stored (a training's due day, a vacancy's closing time), never a count of days.
   */
  @Test
  void everyDueDateAndTimerAsksTheDeadlineServiceByAConfiguredName() throws Exception {
    java.util.regex.Pattern asked = java.util.regex.Pattern.compile("deadlines\\.[^']*'(\\w+)'");
    java.util.regex.Pattern deadline = java.util.regex.Pattern.compile(
        "camunda:dueDate=\"([^\"]*)\"|<bpmn:time(?:Date|Duration|Cycle)[^>]*>([^<]*)<");
    List<String> problems = new ArrayList<>();
    for (File file : models()) {
      java.util.regex.Matcher m = deadline.matcher(java.nio.file.Files.readString(file.toPath()));
      while (m.find()) {
        String expression = m.group(1) != null ? m.group(1) : m.group(2);
        if (expression.matches(".*(\\d+\\s*\\)|P\\d|PT\\d|plusDays|plusHours|now\\(\\)).*")
            && !asked.matcher(expression).find()) {
          problems.add(file.getName() + " counts its own deadline: " + expression);
        }
        java.util.regex.Matcher name = asked.matcher(expression);
        while (name.find()) {
          if (!deadlineSettings.deadlines().containsKey(com.sroworkflow.school.Deadlines.kebab(name.group(1)))) {
            problems.add(file.getName() + " asks for sro.deadlines." + com.sroworkflow.school.Deadlines.kebab(
                name.group(1)) + ", which is not configured");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyReferencedFormIsDeployedWithItsProcess() throws Exception {
    List<String> problems = new ArrayList<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      Set<String> deployedForms = new HashSet<>();
      for (String resource : repository.getDeploymentResourceNames(definition.getDeploymentId())) {
        if (resource.endsWith(".form")) {
          try (InputStream in = repository.getResourceAsStream(definition.getDeploymentId(), resource)) {
            deployedForms.add(JSON.readTree(in).path("id").asText());
          }
        }
      }
      BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
      Stream.concat(model.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef),
              model.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef))
          .filter(ref -> ref != null && !deployedForms.contains(ref))
          .forEach(ref -> problems.add(definition.getKey() + " refers to form '" + ref + "' that is not deployed"));
    }
    assertThat(problems).isEmpty();
  }

  /**
   * Tasklist submits a list-valued field (checklist, taglist, dynamic list) with the type of the
   * variable it loaded: a task-local input parameter without a value has type Null, and the
   * submission then fails. Such fields start as an empty JSON list instead.
   */
  @Test
  void noListFieldOfAFormStartsAsANullInputParameter() throws Exception {
    java.util.Map<String, FormSchema> forms = new java.util.HashMap<>();
    for (File f : new File("forms").listFiles((dir, name) -> name.endsWith(".form"))) {
      FormSchema schema = FormSchema.parse(JSON.readTree(f));
      forms.put(schema.id(), schema);
    }
    List<String> problems = new ArrayList<>();
    for (File file : models()) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file);
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        FormSchema form = forms.get(task.getCamundaFormRef());
        if (form == null || task.getExtensionElements() == null) {
          continue;
        }
        for (org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter input
            : task.getExtensionElements().getElementsQuery()
                .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput.class).list().stream()
                .flatMap(io -> io.getCamundaInputParameters().stream()).toList()) {
          FormSchema.Field field = form.field(input.getCamundaName());
          boolean list = field != null && List.of("checklist", "taglist", "dynamiclist").contains(field.type());
          if (list && (input.getTextContent() == null || input.getTextContent().isBlank())) {
            problems.add(file.getName() + " " + task.getId() + ": list field '" + field.key()
                + "' starts as a Null input parameter; give it ${JSON('[]')}");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** Scripts in a model would run whatever text they hold; the models call Spring beans instead. */
  @Test
  void noModelRunsAScript() throws Exception {
    for (File file : models()) {
      String xml = java.nio.file.Files.readString(file.toPath());
      assertThat(xml).as(file.getName()).doesNotContain("scriptTask").doesNotContain("camunda:script")
          .doesNotContain("scriptFormat");
    }
  }

  /**
   * Variables carry ids and the steps load the records (issue 16): no expression reads a property of what
   * a bean returned ({@code ${bean.method(id).property}}), which would copy a record into the model field
   * by field.
   */
  @Test
  void noModelChainsAnExpressionIntoABeansResult() throws Exception {
    java.util.regex.Pattern chain = java.util.regex.Pattern.compile("\\$\\{[^}]*\\)\\.[A-Za-z][^}]*}");
    for (File file : models()) {
      java.util.regex.Matcher found = chain.matcher(java.nio.file.Files.readString(file.toPath()));
      assertThat(found.find() ? found.group() : null).as(file.getName()).isNull();
    }
  }

  @Test
  void everyFormFileIsNamedForTheIdInside() throws Exception {
    File[] forms = new File("forms").listFiles((dir, name) -> name.endsWith(".form"));
    assertThat(forms).isNotNull();
    for (File form : forms) {
      String id = JSON.readTree(form).path("id").asText();
      assertThat(form.getName()).isEqualTo(id + ".form");
      FormSchema.parse(JSON.readTree(form));
    }
  }

  @Test
  void everyProcessKeepsHistoryForADefinedTimeAndIsNamedForItsFile() {
    for (File file : models()) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file);
      for (Process process : model.getModelElementsByType(Process.class)) {
        assertThat(process.getCamundaHistoryTimeToLiveString()).as(file.getName()).isNotBlank();
        String expectedFile = process.getId().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase() + ".bpmn";
        assertThat(file.getName()).as("file of process " + process.getId()).isEqualTo(expectedFile);
      }
    }
  }

  @Test
  void everyFlowNodeHasADiagramShapeAndAName() {
    List<String> problems = new ArrayList<>();
    for (File file : models()) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file);
      Set<String> shapes = new HashSet<>();
      model.getModelElementsByType(BpmnShape.class).forEach(s -> shapes.add(s.getBpmnElement().getId()));
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        if (!shapes.contains(node.getId())) {
          problems.add(file.getName() + " " + node.getId() + " has no diagram shape");
        }
        boolean gateway = node.getElementType().getTypeName().endsWith("Gateway");
        if (!gateway && blank(node.getName())) {
          problems.add(file.getName() + " " + node.getId() + " has no name");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
