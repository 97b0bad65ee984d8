package com.sroworkflow.system;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** The Camunda REST API under /engine-rest, with this application's error answers added. */
@Component
public class EngineRestConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(SubmissionGuard.class);
    register(StartFormOptionsFilter.class);
    register(RestErrorMapper.class);
    register(RestErrorMapper.Unwrapped.class);
    register(RestErrorMapper.Engine.class);
    register(RestErrorMapper.VanishedExecution.class);
    register(RestErrorMapper.NotJson.class);
    register(RestErrorMapper.WrongJson.class);
  }
}
