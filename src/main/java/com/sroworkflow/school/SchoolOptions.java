package com.sroworkflow.school;

import static com.sroworkflow.system.JsonVariables.option;

import com.sroworkflow.identity.Roles;
import com.sroworkflow.security.Caller;
import com.sroworkflow.security.CurrentUser;
import com.sroworkflow.system.FormOptions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * The schools a person may choose on a start form ({@code mySchoolOptions}), labelled with their names:
 * the district's and the department's offices (HR, the Chief, the district designee, the operators, and the
 * sergeants, who supervise the SROs of every school and designate events at any) choose among all schools;
 * everyone else among their own, as their tenants give them (a principal their school, an SRO the
 * schools they are assigned to). With no one signed in the program itself starts the case (a
 * replacement vacancy after a removal) and may choose any school.
 */
@Component
public class SchoolOptions implements FormOptions {

  static final String MY_SCHOOLS = "mySchoolOptions";

  private static final List<String> DISTRICT_WIDE = List.of(Roles.HR, Roles.CHIEF, Roles.DISTRICT_ADMIN, Roles.ADMIN,
      Roles.SUPERVISOR);

  private final Schools schools;
  private final IdentityService identity;
  private final CurrentUser currentUser;

  SchoolOptions(Schools schools, IdentityService identity, CurrentUser currentUser) {
    this.schools = schools;
    this.identity = identity;
    this.currentUser = currentUser;
  }

  @Override
  public Set<String> keys() {
    return Set.of(MY_SCHOOLS);
  }

  @Override
  public List<Map<String, Object>> options(String key, String userId) {
    return schoolsOf(userId).stream().map(s -> option(s.getName(), s.getCode())).toList();
  }

  /** The schools the person may choose, by name: the scope of every school choice on a start form. */
  public List<School> schoolsOf(String userId) {
    // The person acting is known with their groups and schools already (CurrentUser, the one way), as the gate or
    // the directory sign-in set them; anyone else is looked up.
    Caller caller = userId == null ? null : currentUser.caller().filter(c -> c.userId().equals(userId))
        .orElseGet(() -> Caller.load(identity, userId));
    boolean districtWide = caller == null || DISTRICT_WIDE.stream().anyMatch(caller::inGroup);
    return schools.all().stream().filter(s -> districtWide || caller.actsFor(s.getCode())).toList();
  }
}
