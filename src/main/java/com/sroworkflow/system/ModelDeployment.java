package com.sroworkflow.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Deploys bpmn/ and forms/ under stable resource names ("bpmn/sro-selection.bpmn"). The starter
 * would name them by absolute file path when run from a build directory and by bare file name when
 * run from the jar; stable names keep duplicate filtering working wherever the application runs, so
 * an unchanged model is not redeployed as a new version.
 */
@Component
class ModelDeployment extends DefaultDeploymentConfiguration {

  @Override
  public Set<Resource> getDeploymentResources() {
    Set<Resource> named = new LinkedHashSet<>();
    for (Resource resource : super.getDeploymentResources()) {
      named.add(new NamedResource(read(resource), folderOf(resource) + "/" + resource.getFilename()));
    }
    return named;
  }

  /** The engine takes the deployment resource name of a ContextResource from its path. */
  private static final class NamedResource extends ByteArrayResource implements ContextResource {

    private final String path;

    NamedResource(byte[] content, String path) {
      super(content, path);
      this.path = path;
    }

    @Override
    public String getPathWithinContext() {
      return path;
    }

    @Override
    public String getFilename() {
      return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof NamedResource r && r.path.equals(path) && super.equals(other);
    }

    @Override
    public int hashCode() {
      return path.hashCode();
    }
  }

  private static String folderOf(Resource resource) {
    String name = resource.getFilename();
    return name != null && name.endsWith(".form") ? "forms" : "bpmn";
  }

  private static byte[] read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
