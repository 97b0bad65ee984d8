package com.sroworkflow.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The Camunda Forms of each deployment, parsed once. Tasks bind their forms with
 * {@code camunda:formRefBinding="deployment"}, so a running instance is validated against the form
 * version it was started with, not whatever the application ships today.
 */
class DeployedForms {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Map<String, FormSchema>> byDeployment = new ConcurrentHashMap<>();
  private final Map<String, String> deploymentOfDefinition = new ConcurrentHashMap<>();
  private final Map<String, Optional<String>> formRefs = new ConcurrentHashMap<>();

  /** The form of a process definition's deployment; the caller reads as the engine (FormValidation). */
  public FormSchema form(RepositoryService repository, String processDefinitionId, String formId) {
    return formOfDeployment(repository, deploymentOf(repository, processDefinitionId), formId);
  }

  /**
   * The deployment of a process definition, asked once per definition: a definition never moves to another
   * deployment, and asking the engine costs every submission a query (issue 20: statement budgets).
   */
  public String deploymentOf(RepositoryService repository, String processDefinitionId) {
    return deploymentOfDefinition.computeIfAbsent(processDefinitionId,
        id -> repository.getProcessDefinition(id).getDeploymentId());
  }

  /**
   * The form a user task of a definition names in its {@code camunda:formRef}, read from the model once per task
   * of a definition (a deployed model never changes); empty when it names none. The reference may be an expression
   * ({@link #isExpression}), which only the engine can resolve for a task. The caller reads as the engine.
   */
  public Optional<String> formRefOf(RepositoryService repository, String processDefinitionId, String taskKey) {
    return formRefs.computeIfAbsent(processDefinitionId + "#" + taskKey, k -> {
      ModelElementInstance element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(taskKey);
      return Optional.ofNullable(element instanceof UserTask task ? task.getCamundaFormRef() : null);
    });
  }

  /** Whether a form reference is an expression ({@code ${...}}), resolved by the engine for each task. */
  public static boolean isExpression(String formRef) {
    return formRef.contains("${");
  }

  /** The form of a deployment, read outside any engine command: the caller reads as the engine. */
  public FormSchema formOfDeployment(RepositoryService repository, String deploymentId, String formId) {
    return require(byDeployment.computeIfAbsent(deploymentId, id -> load(repository, id)).get(formId),
        deploymentId, formId);
  }

  /** Every form of a deployment; the caller reads as the engine. */
  public java.util.Collection<FormSchema> formsOfDeployment(RepositoryService repository, String deploymentId) {
    return byDeployment.computeIfAbsent(deploymentId, id -> load(repository, id)).values();
  }

  private static FormSchema require(FormSchema form, String deploymentId, String formId) {
    if (form == null) {
      throw new IllegalStateException("form '" + formId + "' is not part of deployment " + deploymentId);
    }
    return form;
  }

  private static Map<String, FormSchema> load(RepositoryService repository, String deploymentId) {
    Map<String, FormSchema> forms = new HashMap<>();
    for (String name : repository.getDeploymentResourceNames(deploymentId)) {
      if (!name.endsWith(".form")) {
        continue;
      }
      try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
        FormSchema form = FormSchema.parse(JSON.readTree(in));
        forms.put(form.id(), form);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read form " + name, e);
      }
    }
    return forms;
  }
}
