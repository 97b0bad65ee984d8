package com.sroworkflow.removal;

import static com.sroworkflow.system.JsonVariables.option;

import com.sroworkflow.assignment.Assignments;
import com.sroworkflow.identity.People;
import com.sroworkflow.school.School;
import com.sroworkflow.school.SchoolOptions;
import com.sroworkflow.system.FormOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The SROs a removal can be asked for ({@code removableSroOptions}): those assigned to the schools the
 * person may choose (the Chief every school, a principal their own), each with the schools they serve
 * there, so no one types a user name.
 */
@Component
class RemovalOptions implements FormOptions {

  static final String REMOVABLE_SROS = "removableSroOptions";

  private final SchoolOptions schools;
  private final Assignments assignments;
  private final People people;

  RemovalOptions(SchoolOptions schools, Assignments assignments, People people) {
    this.schools = schools;
    this.assignments = assignments;
    this.people = people;
  }

  @Override
  public Set<String> keys() {
    return Set.of(REMOVABLE_SROS);
  }

  @Override
  public List<Map<String, Object>> options(String key, String userId) {
    Map<String, List<String>> schoolsBySro = new LinkedHashMap<>();
    for (School school : schools.schoolsOf(userId)) {
      for (String sro : assignments.srosOf(school.getCode())) {
        schoolsBySro.computeIfAbsent(sro, s -> new ArrayList<>()).add(school.getName());
      }
    }
    List<Map<String, Object>> options = new ArrayList<>();
    schoolsBySro.forEach((sro, at) -> options.add(option(people.nameAndTitle(sro) + " (" + String.join(", ", at) + ")", sro)));
    return options;
  }
}
