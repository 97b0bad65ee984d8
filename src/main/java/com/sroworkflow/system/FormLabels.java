package com.sroworkflow.system;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Service;

/**
 * What a process variable is called for people: the label its field carries in the Camunda Forms deployed with
 * the process ("Level of concern" for {@code levelOfConcern}). The case file's timeline writes values set on a
 * case in these words; a variable no form shows (an id, a flag the process derives) has no label and is not
 * something a person entered.
 */
@Service
public class FormLabels {

  private final DeployedForms forms = new DeployedForms();
  private final Map<String, Map<String, String>> byDefinition = new ConcurrentHashMap<>();
  private final RepositoryService repository;

  FormLabels(RepositoryService repository) {
    this.repository = repository;
  }

  /** Variable name to label for the forms of the process definition's deployment. */
  public Map<String, String> of(String processDefinitionId) {
    return byDefinition.computeIfAbsent(processDefinitionId, this::load);
  }

  private Map<String, String> load(String processDefinitionId) {
    String deploymentId = repository.getProcessDefinition(processDefinitionId).getDeploymentId();
    Map<String, String> labels = new HashMap<>();
    for (FormSchema form : forms.formsOfDeployment(repository, deploymentId)) {
      for (FormSchema.Field field : form.fields()) {
        if (field.label() != null && !field.label().isBlank()) {
          labels.putIfAbsent(field.key(), field.label().strip());
        }
      }
    }
    return Collections.unmodifiableMap(labels);
  }
}
