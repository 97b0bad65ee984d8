package com.sroworkflow.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sroworkflow.security.Problem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;

/**
 * Guards the REST calls that submit data into a case: completing a task, submitting its form, and
 * starting a process. A submission may carry only the fields of the form it answers (plus variables
 * a start event declares it accepts, in the extension property {@code acceptedVariables}), and only
 * plain values: text, numbers, booleans, dates, JSON. Anything else (unknown fields, serialized Java
 * objects, files, XML) is refused with 400 before the engine sees it, so nothing is stored. Calls
 * the caller cannot see (another school's task) pass through to be refused by the engine as usual.
 */
@Priority(Priorities.USER)
public class SubmissionGuard implements ContainerRequestFilter {

  /** Start events list extra variables REST callers may pass in this extension property, comma separated. */
  public static final String ACCEPTED_VARIABLES = "acceptedVariables";

  private static final Set<String> PLAIN_TYPES = Set.of("string", "boolean", "integer", "long", "short", "double",
      "date", "json", "null");
  private static final Pattern ENGINE = Pattern.compile("^engine/([^/]+)/(.*)$");
  private static final Pattern TASK = Pattern.compile("^task/([^/]+)/(complete|submit-form)$");
  private static final Pattern DEFINITION_BY_ID = Pattern.compile("^process-definition/([^/]+)/(start|submit-form)$");
  private static final Pattern DEFINITION_BY_KEY =
      Pattern.compile("^process-definition/key/([^/]+)(?:/tenant-id/([^/]+))?/(start|submit-form)$");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DeployedForms FORMS = new DeployedForms();

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (!"POST".equals(request.getMethod())) {
      return;
    }
    EnginePath enginePath = EnginePath.of(request);
    String engineName = enginePath.engineName();
    String path = enginePath.path();
    Matcher task = TASK.matcher(path);
    Matcher byId = DEFINITION_BY_ID.matcher(path);
    Matcher byKey = DEFINITION_BY_KEY.matcher(path);
    if (!task.matches() && !(byId.matches() && !"key".equals(byId.group(1))) && !byKey.matches()) {
      return;
    }
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    JsonNode variables;
    try {
      variables = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body).path("variables");
    } catch (IOException e) {
      return; // Camunda answers malformed JSON with its own 400
    }
    if (!variables.isObject() || variables.isEmpty()) {
      return;
    }
    ProcessEngine processEngine = EngineUtil.lookupProcessEngine(engineName);
    Set<String> accepted;
    if (task.matches()) {
      accepted = acceptedByTask(processEngine, task.group(1));
    } else if (byKey.matches()) {
      accepted = acceptedByStart(processEngine, byKey.group(1), byKey.group(2), null);
    } else {
      accepted = acceptedByStart(processEngine, null, null, byId.group(1));
    }
    if (accepted == null) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> variable = it.next();
      String name = variable.getKey();
      if (!accepted.contains(name)) {
        refuse(request, name, "Unknown field '" + abbreviate(name) + "': this form does not have it.");
        return;
      }
      JsonNode type = variable.getValue().path("type");
      if (!type.isMissingNode() && !type.isNull() && !PLAIN_TYPES.contains(type.asText().toLowerCase())) {
        refuse(request, name, "Field '" + name + "' cannot take a value of type " + abbreviate(type.asText())
            + "; only text, numbers, booleans, dates and JSON are accepted.");
        return;
      }
    }
  }

  /** The keys of the task's form, or null when the caller cannot see the task or it has no form. */
  private static Set<String> acceptedByTask(ProcessEngine engine, String taskId) {
    // the form's key from the deployed model, read once per task of a definition: the engine's form-key
    // initialization would look the definition up on every submission (issue 20: statement budgets)
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    if (task == null || task.getProcessDefinitionId() == null) {
      return null;
    }
    return asEngine(engine, () -> {
      RepositoryService repository = engine.getRepositoryService();
      Optional<String> formRef = FORMS.formRefOf(repository, task.getProcessDefinitionId(), task.getTaskDefinitionKey());
      if (formRef.filter(DeployedForms::isExpression).isPresent()) {
        Task withKeys = engine.getTaskService().createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        formRef = Optional.ofNullable(withKeys == null || withKeys.getCamundaFormRef() == null ? null
            : withKeys.getCamundaFormRef().getKey());
      }
      return formRef.map(key -> FORMS.form(repository, task.getProcessDefinitionId(), key).submittedKeys())
          .orElse(null);
    });
  }

  /**
   * A REST path without its engine part: /engine-rest names no engine, Tasklist's engine API its
   * engine ("engine/default/task/...").
   */
  record EnginePath(String engineName, String path) {
    static EnginePath of(ContainerRequestContext request) {
      String path = request.getUriInfo().getPath().replaceAll("^/+", "");
      Matcher engine = ENGINE.matcher(path);
      return engine.matches() ? new EnginePath(engine.group(1), engine.group(2)) : new EnginePath(null, path);
    }
  }

  /** The process definition a REST path names by id or by key (latest version), as the caller sees it. */
  static ProcessDefinition definition(ProcessEngine engine, String key, String tenantId, String id) {
    RepositoryService repository = engine.getRepositoryService();
    if (id != null) {
      return repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
    } else if (tenantId != null) {
      return repository.createProcessDefinitionQuery().processDefinitionKey(key).tenantIdIn(tenantId)
          .latestVersion().singleResult();
    }
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).withoutTenantId()
        .latestVersion().singleResult();
  }

  /** The start form's keys and the start event's accepted variables; null when the caller cannot see it. */
  private static Set<String> acceptedByStart(ProcessEngine engine, String key, String tenantId, String id) {
    RepositoryService repository = engine.getRepositoryService();
    ProcessDefinition definition = definition(engine, key, tenantId, id);
    if (definition == null) {
      return null;
    }
    return asEngine(engine, () -> {
      BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
      Set<String> accepted = new LinkedHashSet<>();
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (!(start.getParentElement() instanceof Process)) {
          continue;
        }
        if (start.getCamundaFormRef() != null) {
          accepted.addAll(FORMS.formOfDeployment(repository, definition.getDeploymentId(), start.getCamundaFormRef())
              .submittedKeys());
        }
        if (start.getExtensionElements() != null) {
          start.getExtensionElements().getElementsQuery()
              .filterByType(CamundaProperties.class).list().stream()
              .flatMap(ps -> ps.getCamundaProperties().stream())
              .filter(p -> ACCEPTED_VARIABLES.equals(p.getCamundaName()))
              .forEach(p -> {
                for (String name : p.getCamundaValue().split(",")) {
                  accepted.add(name.strip());
                }
              });
        }
      }
      return accepted;
    });
  }

  /** Reads the engine's own resources (deployments, models) whatever the caller may read. */
  static <T> T asEngine(ProcessEngine engine, Supplier<T> read) {
    IdentityService identity = engine.getIdentityService();
    var caller = identity.getCurrentAuthentication(); // put back as it was, through the public API
    identity.clearAuthentication();
    try {
      return read.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  private static void refuse(ContainerRequestContext request, String field, String message) {
    request.abortWith(Response.status(Response.Status.BAD_REQUEST).type("application/problem+json")
        .entity(Problem.fields(Problem.of(400, "InvalidInput", message, abbreviate(field)))).build());
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
