package com.sroworkflow.identity;

import java.util.List;

/**
 * Who may start a process and who may read its instances and history. Each capability declares one
 * bean of this type for each of its processes; {@link IdentitySetup} turns them into Camunda
 * authorizations. School cases are further limited to the school's tenant members by the engine.
 */
public record ProcessAccess(String processKey, List<String> starters, List<String> readers) {

  public ProcessAccess {
    starters = List.copyOf(starters);
    readers = List.copyOf(readers);
  }
}
