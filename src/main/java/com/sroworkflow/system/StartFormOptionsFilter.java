package com.sroworkflow.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Gives a start form its options in the two answers that carry a start form: the form itself
 * ({@code deployed-start-form}), where every field whose {@code valuesKey} {@link StartFormOptions} fills
 * gets the caller's options as its {@code values} (Camunda 7.24 Tasklist shows a start form with no
 * variables, so only options in the form reach the person), and the start form's variables
 * ({@code form-variables}), which then hold each such {@code valuesKey} as a JSON list, as a task's
 * variables do. Only successful answers are touched.
 */
@Priority(Priorities.USER)
public class StartFormOptionsFilter implements ContainerResponseFilter {

  private static final Pattern BY_ID =
      Pattern.compile("^process-definition/([^/]+)/(deployed-start-form|form-variables)$");
  private static final Pattern BY_KEY = Pattern.compile(
      "^process-definition/key/([^/]+)(?:/tenant-id/([^/]+))?/(deployed-start-form|form-variables)$");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DeployedForms FORMS = new DeployedForms();

  @Context
  private ServletContext servletContext;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
    if (!"GET".equals(request.getMethod()) || response.getStatus() != 200) {
      return;
    }
    SubmissionGuard.EnginePath enginePath = SubmissionGuard.EnginePath.of(request);
    String engineName = enginePath.engineName();
    String path = enginePath.path();
    Matcher byId = BY_ID.matcher(path);
    Matcher byKey = BY_KEY.matcher(path);
    String what;
    ProcessEngine processEngine = EngineUtil.lookupProcessEngine(engineName);
    ProcessDefinition definition;
    if (byKey.matches()) {
      what = byKey.group(3);
      definition = SubmissionGuard.definition(processEngine, byKey.group(1), byKey.group(2), null);
    } else if (byId.matches() && !"key".equals(byId.group(1))) {
      what = byId.group(2);
      definition = SubmissionGuard.definition(processEngine, null, null, byId.group(1));
    } else {
      return;
    }
    StartFormOptions options = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
        .getBean(StartFormOptions.class);
    if (definition == null) {
      return;
    }
    if ("deployed-start-form".equals(what)) {
      fillForm(response, options);
    } else {
      fillVariables(response, options, processEngine, definition);
    }
  }

  private static void fillForm(ContainerResponseContext response, StartFormOptions options) throws IOException {
    byte[] body;
    if (response.getEntity() instanceof InputStream in) {
      try (in) {
        body = in.readAllBytes();
      }
    } else if (response.getEntity() instanceof byte[] bytes) {
      body = bytes;
    } else {
      return;
    }
    JsonNode form;
    try {
      form = JSON.readTree(body);
    } catch (IOException notJson) { // an embedded or generated start form: served as it is
      response.setEntity(body, null, response.getMediaType());
      return;
    }
    if (form != null && form.isObject()) {
      fill(form.path("components"), options);
      body = JSON.writeValueAsBytes(form);
    }
    response.setEntity(body, null, response.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE
        : response.getMediaType());
  }

  private static void fill(JsonNode components, StartFormOptions options) {
    for (JsonNode c : components) {
      if (c instanceof ObjectNode field && options.fills(field.path("valuesKey").asText(null))) {
        ArrayNode values = JSON.valueToTree(options.options(field.get("valuesKey").asText()));
        field.remove("valuesKey");
        field.set("values", values);
      }
      fill(c.path("components"), options);
    }
  }

  @SuppressWarnings("unchecked")
  private static void fillVariables(ContainerResponseContext response, StartFormOptions options,
      ProcessEngine engine, ProcessDefinition definition) throws IOException {
    if (!(response.getEntity() instanceof Map<?, ?> map)) {
      return;
    }
    Map<String, VariableValueDto> variables = (Map<String, VariableValueDto>) map;
    for (String key : startFormValuesKeys(engine, definition)) {
      if (options.fills(key) && !variables.containsKey(key)) {
        VariableValueDto value = new VariableValueDto();
        value.setType("Json");
        value.setValue(JSON.writeValueAsString(options.options(key)));
        value.setValueInfo(Map.of());
        variables.put(key, value);
      }
    }
  }

  private static Set<String> startFormValuesKeys(ProcessEngine engine, ProcessDefinition definition) {
    return SubmissionGuard.asEngine(engine, () -> {
      var repository = engine.getRepositoryService();
      Set<String> keys = new LinkedHashSet<>();
      for (StartEvent start : repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(StartEvent.class)) {
        if (start.getParentElement() instanceof Process && start.getCamundaFormRef() != null) {
          for (FormSchema.Field f : FORMS.formOfDeployment(repository, definition.getDeploymentId(),
              start.getCamundaFormRef()).fields()) {
            if (f.valuesKey() != null) {
              keys.add(f.valuesKey());
            }
          }
        }
      }
      return keys;
    });
  }
}
