package com.sroworkflow.system;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Options a start form offers in a select, checklist or taglist whose {@code valuesKey} names no process
 * variable yet (nothing has started): the capability that knows them lists them for the person asking,
 * in that person's scope. {@link StartFormOptions} hands them to Tasklist and checks a submission
 * against them, so a value from outside the list is refused.
 */
public interface FormOptions {

  /** The {@code valuesKey} names this bean fills. */
  Set<String> keys();

  /**
   * The options of one key for the person asking (user id; null when no one is signed in): a list of
   * {@code {"label": ..., "value": ...}} as {@link JsonVariables#option} builds them.
   */
  List<Map<String, Object>> options(String key, String userId);
}
