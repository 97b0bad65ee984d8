package com.sroworkflow.courseoutline;

import static com.sroworkflow.system.JsonVariables.option;

import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.school.School;
import com.sroworkflow.school.SchoolOptions;
import com.sroworkflow.security.Messages;
import com.sroworkflow.system.FormOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The principals who may have invited the SRO to teach ({@code invitingPrincipalOptions}): the principals of the
 * schools the SRO serves, by name and school, so the SRO does not type a user name. The outline's first step still
 * checks that the principal chosen is a principal of the school chosen.
 */
@Component
class CourseOutlineOptions implements FormOptions {

  static final String PRINCIPALS = "invitingPrincipalOptions";

  private final SchoolOptions schools;
  private final People people;

  CourseOutlineOptions(SchoolOptions schools, People people) {
    this.schools = schools;
    this.people = people;
  }

  @Override
  public Set<String> keys() {
    return Set.of(PRINCIPALS);
  }

  @Override
  public List<Map<String, Object>> options(String key, String userId) {
    Map<String, List<String>> schoolsByPrincipal = new LinkedHashMap<>();
    for (School school : schools.schoolsOf(userId)) {
      for (String principal : people.membersAtSchool(Roles.PRINCIPAL, school.getCode())) {
        schoolsByPrincipal.computeIfAbsent(principal, p -> new ArrayList<>()).add(school.getName());
      }
    }
    List<Map<String, Object>> options = new ArrayList<>();
    schoolsByPrincipal.forEach((principal, at) -> options.add(option(Messages.text("courseoutline.option.principal",
        people.nameAndTitle(principal), String.join(", ", at)), principal)));
    return options;
  }
}
