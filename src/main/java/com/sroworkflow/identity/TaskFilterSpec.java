package com.sroworkflow.identity;

import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * A Tasklist filter that {@link IdentitySetup} keeps in place for the groups that need it, so that a
 * person who logs in for the first time sees their work without configuring anything.
 *
 * @param columns process variables shown on each task card, as name/label pairs
 */
public record TaskFilterSpec(
    String name,
    String description,
    int priority,
    List<String> groups,
    Consumer<TaskQuery> query,
    List<Column> columns) {

  public record Column(String name, String label) {}
}
