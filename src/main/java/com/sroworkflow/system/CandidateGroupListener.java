package com.sroworkflow.system;

import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A task listener that {@link EnginePlugin} adds to the creation of every user task, of any model, that
 * waits for the candidate group {@link #candidateGroup()}: a capability routes such tasks without any
 * model having to name the listener.
 */
public interface CandidateGroupListener extends TaskListener {

  String candidateGroup();
}
