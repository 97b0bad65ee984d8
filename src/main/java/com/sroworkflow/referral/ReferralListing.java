package com.sroworkflow.referral;

import com.sroworkflow.casefile.CaseListing;
import com.sroworkflow.casefile.CaseQueries;
import com.sroworkflow.school.SchoolCalendar;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Referrals in the case lists, the student search and the case file (issue 17). */
@Component
@Transactional(readOnly = true)
class ReferralListing implements CaseListing {

  static final Kind KIND = new Kind("referral", "Referral", ReferralAccess.PROCESS, false,
      List.of("documents", "transfer"));
  private static final CaseQueries QUERIES = new CaseQueries("schoolCode", "referredAt", "closedAt", "studentNameKey");

  private final ReferralRepository referrals;
  private final SchoolCalendar calendar;

  ReferralListing(ReferralRepository referrals, SchoolCalendar calendar) {
    this.referrals = referrals;
    this.calendar = calendar;
  }

  @Override
  public Kind kind() {
    return KIND;
  }

  @Override
  public Slice list(Filter filter, int limit) {
    if (filter.classification() != null) {
      return new Slice(List.of(), 0); // a referral has no threat classification
    }
    Page<Referral> page = referrals.findAll(QUERIES.<Referral>filter(filter), QUERIES.page(filter, limit));
    return new Slice(page.getContent().stream().map(ReferralListing::row).toList(), page.getTotalElements());
  }

  @Override
  public List<Row> rows(Collection<String> caseIds) {
    return CaseQueries.byCaseIds(caseIds, referrals::findByProcessInstanceIdIn).stream().map(ReferralListing::row)
        .toList();
  }

  @Override
  public List<Student> students(String text, String nameKey, Collection<String> schools, int limit) {
    return referrals.findAll(QUERIES.<Referral>studentsLike(text, nameKey, schools),
            PageRequest.of(0, limit, org.springframework.data.domain.Sort.by("studentNameKey", "id"))).stream()
        .map(r -> new Student(r.getDistrictStudentId(), r.getStudentName(), r.getStudentGrade(), r.getSchoolCode()))
        .toList();
  }

  @Override
  public List<Row> ofStudent(String districtStudentId, Collection<String> schools) {
    return referrals.findAll(QUERIES.<Referral>ofStudent(districtStudentId, schools)).stream()
        .map(ReferralListing::row).toList();
  }

  @Override
  public List<Fact> facts(String caseId) {
    Referral r = referrals.findByProcessInstanceId(caseId).orElse(null);
    if (r == null) {
      return List.of();
    }
    List<Fact> facts = new ArrayList<>();
    if (r.getAgency() != null) {
      facts.add(new Fact("Agency", r.getAgency().getName() + " (" + r.getAgency().getServiceType().label() + ")"));
    }
    facts.add(new Fact("Purpose", r.getPurpose()));
    facts.add(new Fact("Reason", r.getReason()));
    facts.add(new Fact("Expected outcome", r.getExpectedOutcome()));
    facts.add(new Fact("Parent or guardian consent", words(r.getConsentStatus().name())
        + (r.getConsentDate() == null ? "" : ", " + calendar.day(r.getConsentDate()))));
    facts.add(new Fact("Principal's acknowledgement", r.getAcknowledgedAt() == null ? "Not yet"
        : calendar.moment(r.getAcknowledgedAt())));
    if (r.getEscalatedAt() != null) {
      facts.add(new Fact("Escalated", calendar.moment(r.getEscalatedAt())));
    }
    if (r.getAgencyResponse() != null) {
      facts.add(new Fact("Agency's answer", words(r.getAgencyResponse().name())
          + (r.getFirstContactDate() == null ? "" : ", first contact " + calendar.day(r.getFirstContactDate()))));
    }
    if (r.getOutcome() != null) {
      facts.add(new Fact("Outcome", r.getOutcome().label()));
    }
    return facts;
  }

  @Override
  public Set<String> existing(Collection<String> caseIds) {
    Set<String> found = new HashSet<>();
    CaseQueries.byCaseIds(caseIds, referrals::findByProcessInstanceIdIn)
        .forEach(r -> found.add(r.getProcessInstanceId()));
    return found;
  }

  private static String words(String constant) {
    String text = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  static Row row(Referral r) {
    return new Row(r.getProcessInstanceId(), KIND.id(), KIND.label(), String.valueOf(r.getId()), r.getSchoolCode(),
        r.getStudentName(), r.getDistrictStudentId(), r.getStudentGrade(), r.getReferredAt(), r.getClosedAt(),
        r.getOutcome() != null ? r.getOutcome().label() : r.getClosedAt() != null ? "Closed" : "Open", null, null,
        null);
  }
}
