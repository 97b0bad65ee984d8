package com.sroworkflow.removal;

import com.sroworkflow.absence.TaskHandovers;
import com.sroworkflow.assignment.Assignments;
import com.sroworkflow.assignment.SroAssignment;
import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.notification.Notifications;
import com.sroworkflow.school.School;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.system.EngineClock;
import com.sroworkflow.system.EnginePlugin;
import com.sroworkflow.system.JsonVariables;
import com.sroworkflow.system.InvalidInputException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removing an SRO from a school (seed 004 item 16): the Chief removes one, or a principal of the
 * school asks in writing and the Chief decides. The school is covered by another SRO from the moment
 * the SRO leaves until a replacement is on duty, and a replacement vacancy starts a new selection.
 */
@Service
@Transactional
class Removals {

  static final String VACANCY_PROCESS = "sroVacancy";

  private final SroRemovalRepository removals;
  private final Assignments assignments;
  private final Schools schools;
  private final People people;
  private final Notifications notifications;
  private final SchoolCalendar calendar;
  private final RemovalSettings settings;
  private final RuntimeService runtime;
  private final EnginePlugin engine;
  private final TaskHandovers handovers;

  Removals(SroRemovalRepository removals, Assignments assignments, Schools schools, People people,
      Notifications notifications, SchoolCalendar calendar, RemovalSettings settings, RuntimeService runtime,
      EnginePlugin engine, TaskHandovers handovers) {
    this.removals = removals;
    this.assignments = assignments;
    this.schools = schools;
    this.people = people;
    this.notifications = notifications;
    this.calendar = calendar;
    this.settings = settings;
    this.runtime = runtime;
    this.engine = engine;
    this.handovers = handovers;
  }

  public SroRemoval request(String processInstanceId, String requestedBy, String schoolCode, String officer,
      String reason) {
    School school = schools.require("removalSchool", schoolCode);
    boolean chief = people.isMember(requestedBy, Roles.CHIEF) || people.isMember(requestedBy, Roles.ADMIN);
    boolean principal = people.isMember(requestedBy, Roles.PRINCIPAL) && people.actsFor(requestedBy, school.getCode());
    if (!chief && !principal) {
      throw InvalidInputException.of("removalSchool", "removal.removalSchool.chief-principal-asks-sro", school.getName());
    }
    String sro = officer == null ? "" : officer.strip();
    if (!assignments.srosOf(school.getCode()).contains(sro)) {
      throw InvalidInputException.of("removalOfficer", "removal.removalOfficer.sro", abbreviate(sro), school.getName());
    }
    if (reason == null || reason.strip().length() < 30) {
      throw InvalidInputException.of("removalReason", "removal.removalReason.give-reason-writing-least");
    }
    return removals.save(new SroRemoval(processInstanceId, sro, school.getCode(), requestedBy, !chief,
        reason.strip()));
  }

  /** The Chief's decision on a school's request; returns whether the SRO is replaced. */
  public boolean decide(Long id, String chief, String decision, String reason) {
    SroRemoval r = require(id);
    if (!"REPLACE".equals(decision) && !"KEEP".equals(decision)) {
      throw InvalidInputException.of("removalDecision", "removal.removalDecision.choose-replace-keep");
    }
    if (reason == null || reason.strip().length() < 10) {
      throw InvalidInputException.of("decisionReason", "removal.decisionReason.give-reason-decision-least");
    }
    r.decide(decision, reason.strip(), chief, removeAfter());
    return "REPLACE".equals(decision);
  }

  /**
   * The SROs the Chief may choose to cover the school (every SRO but the one who leaves), by name and
   * title, as the options of the cover form ({@code coverOptions}).
   */
  public SpinJsonNode coverOptions(Long id) {
    String leaving = require(id).getOfficerUsername();
    return JsonVariables.json(people.members(Roles.SRO).stream()
        .filter(sro -> !sro.equals(leaving))
        .map(sro -> JsonVariables.option(people.nameAndTitle(sro), sro))
        .toList());
  }

  /**
   * The SRO leaves the school and the named SRO covers it from today; refused, with the task left
   * open, when the cover's training has lapsed (their supervisor then gets the refresher task). The removed
   * SRO's open tasks at the school, of every process, go to the cover: none is left with nobody.
   *
   * @return how many open tasks were handed to the cover
   */
  public int removeAndCover(Long id, String chief, String coverOfficer) {
    SroRemoval r = require(id);
    String cover = coverOfficer == null ? "" : coverOfficer.strip();
    if (cover.equals(r.getOfficerUsername())) {
      throw InvalidInputException.of("coverOfficer", "removal.coverOfficer.sro-who-leaves-cover");
    }
    if (!people.isMember(cover, Roles.SRO)) {
      throw InvalidInputException.of("coverOfficer", "removal.coverOfficer.sro", abbreviate(cover));
    }
    assignments.assign(cover, r.getSchoolCode(), SroAssignment.Kind.COVER, chief, "coverOfficer");
    assignments.endAt(r.getOfficerUsername(), r.getSchoolCode(), chief,
        r.isRequestedBySchool() ? "Replaced at the school's request" : "Removed by the Chief");
    if (r.getDecision() == null) {
      r.decide("REPLACE", "Removed by the Chief", chief, null);
    }
    r.covered(cover);
    return handovers.handOverForGood(r.getOfficerUsername(), cover, r.getSchoolCode());
  }

  /** Opens the selection for a replacement: a vacancy for the school, which HR runs as usual. */
  public String openReplacementVacancy(Long id) {
    SroRemoval r = require(id);
    School school = schools.require("removalSchool", r.getSchoolCode());
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("vacancyTitle", "SRO for " + school.getName() + " (replacement)");
    variables.put("schoolCodes", JsonVariables.json(List.of(school.getCode()))); // the form's checklist
    variables.put("postCount", 1L);
    variables.put("applicationDeadline", calendar.today().plus(settings.getReplacementVacancyOpenFor()).toString());
    variables.put("vacancyNotes", "Replacement for " + people.displayName(r.getOfficerUsername()) + "; "
        + people.displayName(r.getCoverOfficer()) + " covers the school until the replacement is on duty.");
    // the program opens it on the Chief's decision; HR, who runs vacancies, takes it from there
    return engine.runWithoutAuthorization(() -> {
      ProcessInstanceWithVariables vacancy = runtime.createProcessInstanceByKey(VACANCY_PROCESS)
          .setVariables(variables).executeWithVariablesInReturn();
      String reference = String.valueOf(vacancy.getVariables().get("vacancyRef"));
      r.vacancyOpened(reference, removeAfter());
      return reference;
    });
  }

  public void tellSchoolSroStays(Long id) {
    SroRemoval r = require(id);
    notifications.send(r.getRequestedBy(), "removal.sro-stays", null, "Removal " + r.getId(), r.getProcessInstanceId(),
        people.displayName(r.getOfficerUsername()), schools.name(r.getSchoolCode()), r.getDecisionReason());
  }

  public SroRemoval require(Long id) {
    return removals.findById(id).orElseThrow(() -> new IllegalStateException("removal " + id + " does not exist"));
  }

  private Instant removeAfter() {
    return EngineClock.now().atZone(ZoneOffset.UTC).plus(settings.getAssignmentsKeptFor()).toInstant();
  }

  private static String abbreviate(String s) {
    return s.length() > 20 ? s.substring(0, 20) + "…" : s;
  }
}
