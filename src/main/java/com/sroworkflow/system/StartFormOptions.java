package com.sroworkflow.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The options of start forms, by {@code valuesKey}, from the {@link FormOptions} beans of the
 * capabilities. Camunda 7.24 Tasklist renders a start form with no variables at all (it asks for form
 * variables only for a task), so {@link StartFormOptionsFilter} writes these options into the start form
 * it serves and into the start form's variables; {@link FormValidation} checks a start against them.
 */
@Component
public class StartFormOptions {

  // Lazily: the engine asks for FormValidation while it parses the models, before these beans can exist.
  private final ObjectProvider<FormOptions> sources;
  private final ObjectProvider<IdentityService> identity;
  private volatile Map<String, FormOptions> byKey;

  StartFormOptions(ObjectProvider<FormOptions> sources, ObjectProvider<IdentityService> identity) {
    this.sources = sources;
    this.identity = identity;
  }

  public boolean fills(String key) {
    return key != null && byKey().containsKey(key);
  }

  /** The options of the key for the person the engine runs the current call as. */
  public List<Map<String, Object>> options(String key) {
    var current = identity.getObject().getCurrentAuthentication();
    return byKey().get(key).options(key, current == null ? null : current.getUserId());
  }

  private Map<String, FormOptions> byKey() {
    if (byKey == null) {
      Map<String, FormOptions> keys = new LinkedHashMap<>();
      sources.orderedStream().forEach(source -> {
        for (String key : source.keys()) {
          if (keys.putIfAbsent(key, source) != null) {
            throw new IllegalStateException("two beans fill the start form options '" + key + "'");
          }
        }
      });
      byKey = keys;
    }
    return byKey;
  }
}
