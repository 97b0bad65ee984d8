package com.sroworkflow.school;

import com.sroworkflow.security.Messages;

import com.sroworkflow.identity.Roles;
import com.sroworkflow.security.CurrentUser;
import com.sroworkflow.system.InvalidInputException;
import com.sroworkflow.system.PlainText;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The schools of the district: everyone logged in may list them; administrators register one (which
 * creates its tenant; staff are then made members of it in Camunda Admin).
 */
@RestController
@RequestMapping("/api/schools")
class SchoolAdmin {

  record SchoolDto(String code, String name, String level, String feedsInto) {

    static SchoolDto of(School s) {
      return new SchoolDto(s.getCode(), s.getName(), s.getLevel(), s.getFeedsInto());
    }
  }

  private static final List<String> LEVELS = List.of("ELEMENTARY", "MIDDLE", "HIGH", "OTHER");

  private final Schools schools;
  private final CurrentUser user;

  SchoolAdmin(Schools schools, CurrentUser user) {
    this.schools = schools;
    this.user = user;
  }

  @GetMapping
  List<SchoolDto> list() {
    return schools.all().stream().map(SchoolDto::of).toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  SchoolDto register(@RequestBody SchoolDto school) {
    user.requireGroup(Roles.ADMIN);
    if (school.name() == null || school.name().isBlank() || school.name().length() > 160) {
      throw InvalidInputException.of("name", "school.name");
    }
    PlainText.check("name", Messages.text("school.field.name"), school.name());
    if (school.level() == null || !LEVELS.contains(school.level())) {
      throw InvalidInputException.of("level", "school.level");
    }
    if (school.feedsInto() != null && !school.feedsInto().isBlank()) {
      schools.require("feedsInto", school.feedsInto());
    }
    return SchoolDto.of(schools.register(school.code(), school.name().strip(), school.level(),
        school.feedsInto() == null || school.feedsInto().isBlank() ? null : school.feedsInto()));
  }
}
