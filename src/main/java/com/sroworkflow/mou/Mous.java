package com.sroworkflow.mou;

import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.notification.Notifications;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.system.InvalidInputException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The MOUs of the schools (seed 003 II.C: no SRO program at a school without a signed memorandum of
 * understanding). Assignments ask {@link #requireCurrent} before they put an SRO on duty at a school.
 */
@Service("mous")
@Transactional
public class Mous {

  private final MouRepository mous;
  private final Schools schools;
  private final SchoolCalendar calendar;
  private final MouSettings settings;
  private final People people;
  private final Notifications notifications;

  Mous(MouRepository mous, Schools schools, SchoolCalendar calendar, MouSettings settings, People people,
      Notifications notifications) {
    this.mous = mous;
    this.schools = schools;
    this.calendar = calendar;
    this.settings = settings;
    this.people = people;
    this.notifications = notifications;
  }

  /** The MOU of the school current on the day, if any. */
  @Transactional(readOnly = true)
  public Optional<Mou> currentAt(String schoolCode, LocalDate day) {
    return mous.findBySchoolCodeOrderByExpiresOnDescIdDesc(schoolCode).stream().filter(m -> m.isCurrentOn(day))
        .findFirst();
  }

  /** The school's latest MOU (the one to renew), if any. */
  @Transactional(readOnly = true)
  public Optional<Mou> latest(String schoolCode) {
    return mous.findBySchoolCodeOrderByExpiresOnDescIdDesc(schoolCode).stream().findFirst();
  }

  /**
   * Refuses, naming {@code field}, a new SRO assignment to a school without a signed MOU current today: the
   * Chief and the district designee were told when it expired, and recording the renewal lifts the block.
   */
  @Transactional(readOnly = true)
  public void requireCurrent(String schoolCode, String field) {
    LocalDate today = calendar.today();
    if (currentAt(schoolCode, today).isPresent()) {
      return;
    }
    String name = schools.name(schoolCode);
    String why = latest(schoolCode)
        .map(m -> m.getExpiresOn().isBefore(today)
            ? "its memorandum of understanding expired on " + calendar.day(m.getExpiresOn())
            : "its memorandum of understanding starts on " + calendar.day(m.getStartsOn()))
        .orElse("it has no signed memorandum of understanding");
    throw InvalidInputException.of(field, "mou.sro-assigned-record-renewed", name, why);
  }

  /** Records a signed MOU; the document reference says where the signed copy is filed. */
  public Mou record(String schoolCode, LocalDate signedOn, LocalDate startsOn, LocalDate expiresOn, String documentRef,
      String by, String processInstanceId) {
    String school = schools.require("mouSchool", schoolCode).getCode();
    LocalDate today = calendar.today();
    if (signedOn == null || signedOn.isAfter(today)) {
      throw InvalidInputException.of("signedOn", "mou.signedOn.mou-recorded-once-signed");
    }
    LocalDate from = startsOn == null ? signedOn : startsOn;
    LocalDate until = expiresOn == null ? from.plus(settings.getTerm()).minusDays(1) : expiresOn;
    if (!until.isAfter(today)) {
      throw InvalidInputException.of("expiresOn", "mou.expiresOn.renewed-mou-run-past");
    }
    if (until.isBefore(from) || until.isAfter(from.plusYears(5))) {
      throw InvalidInputException.of("expiresOn", "mou.expiresOn.mou-expire-after-starts");
    }
    String ref = documentRef == null ? "" : documentRef.strip();
    if (ref.length() < 3 || ref.length() > 200) {
      throw InvalidInputException.of("documentRef", "mou.documentRef.say-where-signed-mou");
    }
    return mous.save(new Mou(school, signedOn, from, until, ref, by, processInstanceId,
        until.plus(settings.getKeptFor()).atStartOfDay().toInstant(ZoneOffset.UTC)));
  }

  @Transactional(readOnly = true)
  public Mou require(Long id) {
    return mous.findById(id).orElseThrow(() -> InvalidInputException.of("mouId", "mou.mouId.mou", id));
  }

  /** The Chief and the school's district designees: who renews an MOU and who is told when it expires. */
  Set<String> renewers(String schoolCode) {
    Set<String> to = new LinkedHashSet<>(people.members(Roles.CHIEF));
    to.addAll(people.membersAtSchool(Roles.DISTRICT_ADMIN, schoolCode));
    return to;
  }

  /** Asks the Chief and the district designees for the renewal: no student data, the school and the date only. */
  void askForRenewal(Long mouId, String taskId, String processInstanceId) {
    Mou m = require(mouId);
    for (String to : renewers(m.getSchoolCode())) {
      notifications.send(to, "mou.renew", taskId, "mou-" + m.getId(), processInstanceId,
          schools.name(m.getSchoolCode()), calendar.day(m.getExpiresOn()));
    }
  }

  /** The MOU has expired unrenewed: new assignments to the school stop; the Chief and the designees are told. */
  void tellExpired(Long mouId, String processInstanceId) {
    Mou m = require(mouId);
    if (m.getExpiryToldAt() != null) {
      return;
    }
    m.expiryTold();
    for (String to : renewers(m.getSchoolCode())) {
      notifications.send(to, "mou.expired", null, "mou-" + m.getId(), processInstanceId,
          schools.name(m.getSchoolCode()), calendar.day(m.getExpiresOn()));
    }
  }
}
