package com.sroworkflow.assignment;

import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.security.Caller;
import com.sroworkflow.security.CurrentUser;
import com.sroworkflow.security.Messages;
import com.sroworkflow.system.InvalidInputException;
import com.sroworkflow.system.PlainText;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * SRO assignments over REST: the Chief (or an administrator) assigns an SRO to a school and ends an
 * assignment; a refused assignment is 400 with the reason (lapsed training: the supervisor then has
 * the refresher task). Reading: the Chief, supervisors, HR and administrators see every assignment,
 * a principal or SRO those of the schools they act for.
 */
@RestController
@RequestMapping("/api/assignments")
class AssignmentAdmin {

  record AssignRequest(String officer, String schoolCode) {}

  record EndRequest(String reason) {}

  record AssignmentDto(Long id, String officer, String officerName, String schoolCode, String kind,
      LocalDate startsOn, LocalDate endsOn, String assignedBy, String endedBy, String endReason) {}

  private final Assignments assignments;
  private final CurrentUser user;
  private final People people;

  AssignmentAdmin(Assignments assignments, CurrentUser user, People people) {
    this.assignments = assignments;
    this.user = user;
    this.people = people;
  }

  @GetMapping
  List<AssignmentDto> list(@RequestParam(required = false) String school,
      @RequestParam(required = false) String officer) {
    Caller caller = user.require();
    if ((school == null) == (officer == null)) {
      throw InvalidInputException.of("school", "assignment.school.ask-assignments-one-school");
    }
    List<SroAssignment> found = school != null ? assignments.ofSchool(school) : assignments.ofOfficer(officer);
    boolean all = seesAll(caller);
    return found.stream()
        .filter(a -> all || caller.userId().equals(a.getOfficerUsername()) || caller.actsFor(a.getSchoolCode()))
        .map(this::dto).toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  AssignmentDto assign(@RequestBody AssignRequest request) {
    Caller chief = requireChief();
    if (request.officer() == null || request.officer().isBlank()) {
      throw InvalidInputException.of("officer", "assignment.officer.officer-user-name-required");
    }
    if (request.officer().length() > 64) {
      throw InvalidInputException.of("officer", "assignment.officer.officer-s-user-name");
    }
    PlainText.check("officer", Messages.text("assignment.field.officer"), request.officer());
    return dto(assignments.assign(request.officer(), request.schoolCode(), SroAssignment.Kind.ASSIGNED,
        chief.userId(), "officer"));
  }

  @PostMapping("/{id}/end")
  AssignmentDto end(@PathVariable Long id, @RequestBody EndRequest request) {
    Caller chief = requireChief();
    if (request.reason() == null || request.reason().strip().length() < 5 || request.reason().length() > 400) {
      throw InvalidInputException.of("reason", "assignment.reason.say-why-assignment-ends");
    }
    PlainText.check("reason", Messages.text("assignment.field.reason"), request.reason());
    return dto(assignments.end(id, chief.userId(), request.reason().strip()));
  }

  private AssignmentDto dto(SroAssignment a) {
    return new AssignmentDto(a.getId(), a.getOfficerUsername(), people.displayName(a.getOfficerUsername()),
        a.getSchoolCode(), a.getKind().name(), a.getStartsOn(), a.getEndsOn(), a.getAssignedBy(), a.getEndedBy(),
        a.getEndReason());
  }

  private static boolean seesAll(Caller caller) {
    return caller.inGroup(Roles.CHIEF) || caller.inGroup(Roles.ADMIN) || caller.inGroup(Roles.SUPERVISOR)
        || caller.inGroup(Roles.HR);
  }

  private Caller requireChief() {
    Caller caller = user.require();
    if (!caller.inGroup(Roles.CHIEF) && !caller.inGroup(Roles.ADMIN)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, Messages.text("assignment.chief-assigns-sros-schools"));
    }
    return caller;
  }
}
