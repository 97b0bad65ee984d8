package com.sroworkflow.selection;

import com.sroworkflow.identity.People;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.system.InvalidInputException;
import com.sroworkflow.system.JsonVariables;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of one SRO application, step by step: who may apply, what HR verifies, the eligibility
 * findings, the supervisor's written recommendation, the board and its scores.
 */
@Service
@Transactional
public class Applications {

  /** The criteria of the eligibility table; a criterion without a finding counts as not met. */
  static final List<String> ELIGIBILITY_CRITERIA = List.of("State certification", "Police experience", "Probation",
      "Conduct history", "Physical condition", "Drug free");

  private final ApplicationRepository applications;
  private final EligibilityFindingRepository findings;
  private final RecommendationRepository recommendations;
  private final InterviewBoardRepository boards;
  private final BoardScoreRepository scores;
  private final Vacancies vacancies;
  private final People people;
  private final SchoolCalendar calendar;
  private final SelectionSettings settings;

  Applications(ApplicationRepository applications, EligibilityFindingRepository findings,
      RecommendationRepository recommendations, InterviewBoardRepository boards, BoardScoreRepository scores,
      Vacancies vacancies, People people, SchoolCalendar calendar, SelectionSettings settings) {
    this.applications = applications;
    this.findings = findings;
    this.recommendations = recommendations;
    this.boards = boards;
    this.scores = scores;
    this.vacancies = vacancies;
    this.people = people;
    this.calendar = calendar;
    this.settings = settings;
  }

  public Application require(Long id) {
    return applications.findById(id)
        .orElseThrow(() -> new IllegalStateException("application " + id + " does not exist"));
  }

  /**
   * An officer applies, or a supervisor nominates an officer they supervise (who then confirms they
   * volunteer: the assignment is voluntary, seed 003 B.2).
   */
  public Application register(String vacancyRef, boolean nomination, String nominee, String initiator,
      String statement, Boolean fitness, Boolean drugFree, String processInstanceId) {
    if (initiator == null) {
      throw InvalidInputException.of("applyingFor", "selection.applyingFor.application-made-logged-officer");
    }
    Vacancy vacancy = vacancies.forApplication(vacancyRef);
    String applicant;
    if (nomination) {
      if (nominee == null || nominee.isBlank()) {
        throw InvalidInputException.of("nomineeUsername", "selection.nomineeUsername.name-officer-nominate-their");
      }
      applicant = nominee.strip();
      if (!people.isMember(applicant, Roles.OFFICER)) {
        throw InvalidInputException.of("nomineeUsername", "selection.nomineeUsername.police-officer-department", applicant);
      }
      if (!initiator.equals(people.supervisorOf(applicant).orElse(null))) {
        throw InvalidInputException.of("nomineeUsername", "selection.nomineeUsername.nominate-officers-supervise");
      }
    } else {
      applicant = initiator;
      if (!people.isMember(applicant, Roles.OFFICER)) {
        throw InvalidInputException.of("applyingFor", "selection.applyingFor.police-officers-apply-sro");
      }
    }
    String supervisor = people.supervisorOf(applicant).orElseThrow(() -> InvalidInputException.of(nomination ? "nomineeUsername" : "applyingFor", "selection.supervisor-record-hr-record", people.displayName(applicant)));
    boolean alreadyApplied = applications.findByApplicantUsernameOrderByIdAsc(applicant).stream()
        .anyMatch(a -> a.isOpen() && a.getVacancy().getId().equals(vacancy.getId()));
    if (alreadyApplied) {
      throw InvalidInputException.of("vacancyRef", "selection.vacancyRef.already-open-application", people.displayName(applicant), vacancy.getReference());
    }
    Application application = applications.save(new Application(vacancy, applicant, supervisor,
        nomination ? initiator : null, processInstanceId));
    if (!nomination) {
      declare(application, statement, fitness, drugFree);
    }
    return application;
  }

  /** The nominated officer's answer; a yes carries the same declarations as an application. */
  public boolean confirmVolunteer(Long applicationId, String answer, String statement, Boolean fitness, Boolean drugFree) {
    Application application = require(applicationId);
    if ("no".equals(answer)) {
      application.decline();
      return false;
    }
    if (!"yes".equals(answer)) {
      throw InvalidInputException.of("volunteers", "selection.volunteers.answer-whether-volunteer-yes");
    }
    declare(application, statement, fitness, drugFree);
    return true;
  }

  private void declare(Application application, String statement, Boolean fitness, Boolean drugFree) {
    if (statement == null || statement.isBlank()) {
      throw InvalidInputException.of("statement", "selection.statement.tell-board-why-volunteer");
    }
    if (statement.length() > 5000) {
      throw InvalidInputException.of("statement", "selection.statement.statement-most-characters");
    }
    if (fitness == null) {
      throw InvalidInputException.of("fitnessDeclared", "selection.fitnessDeclared.declare-whether-good-physical");
    }
    if (drugFree == null) {
      throw InvalidInputException.of("drugFreeDeclared", "selection.drugFreeDeclared.declare-whether-drug-free");
    }
    application.declare(statement.strip(), fitness, drugFree);
  }

  public void verifyRecord(Long applicationId, boolean stateCertified, String certificationNumber, Number years,
      boolean probationCompleted, Number sustained, Number juvenile, String notes, String verifiedBy) {
    if (stateCertified && (certificationNumber == null || certificationNumber.isBlank())) {
      throw InvalidInputException.of("certificationNumber", "selection.certificationNumber.give-certification-number-hr");
    }
    if (juvenile.intValue() > sustained.intValue()) {
      throw InvalidInputException.of("juvenileComplaints", "selection.juvenileComplaints.complaints-involving-juveniles-part");
    }
    require(applicationId).verifyRecord(stateCertified, certificationNumber, BigDecimal.valueOf(years.doubleValue())
        .setScale(1, RoundingMode.HALF_UP), probationCompleted, sustained.intValue(), juvenile.intValue(), notes,
        verifiedBy);
  }

  /** One row per criterion of the eligibility table, as HR sees it. */
  public record Finding(String criterion, boolean met, String reason) {}

  /**
   * Stores what the eligibility table found. Eligible means every criterion met; a criterion the
   * table gave no finding for (a value HR did not record) is listed as not met.
   */
  public List<Finding> recordEligibility(Long applicationId, List<Map<String, Object>> decisionResult) {
    Map<String, Finding> byCriterion = new LinkedHashMap<>();
    for (String criterion : ELIGIBILITY_CRITERIA) {
      byCriterion.put(criterion, new Finding(criterion, false, "Not recorded"));
    }
    for (Map<String, Object> row : decisionResult) {
      String criterion = (String) row.get("criterion");
      byCriterion.put(criterion, new Finding(criterion, Boolean.TRUE.equals(row.get("met")), (String) row.get("reason")));
    }
    List<Finding> result = new ArrayList<>(byCriterion.values());
    boolean eligible = result.stream().allMatch(Finding::met);
    for (Finding f : result) {
      findings.save(new EligibilityFinding(applicationId, f.criterion(), f.met(), f.reason()));
    }
    require(applicationId).decideEligibility(eligible);
    return result;
  }

  public List<EligibilityFinding> findings(Long applicationId) {
    return findings.findByApplicationIdOrderByIdAsc(applicationId);
  }

  public void reviewEligibility(Long applicationId, String note) {
    require(applicationId).reviewEligibility(note);
  }

  /** The supervisor's recommendation is text, not a checkbox (seed 004 qualification 3). */
  public boolean recommend(Long applicationId, String supervisor, String decision, String text) {
    boolean positive = switch (decision == null ? "" : decision) {
      case "recommend" -> true;
      case "doNotRecommend" -> false;
      default -> throw InvalidInputException.of("recommendation", "selection.recommendation.choose-whether-recommend-applicant");
    };
    if (text == null || text.strip().length() < 30) {
      throw InvalidInputException.of("recommendationText", "selection.recommendationText.write-recommendation-least-characters");
    }
    Application application = require(applicationId);
    recommendations.save(new Recommendation(applicationId, supervisor, positive, text.strip()));
    application.recommended(positive);
    return positive;
  }

  /** Everyone HR may put on a board, labelled with the role that counts for its composition. */
  public List<Map<String, Object>> boardCandidates(Long applicationId) {
    Application application = require(applicationId);
    List<Map<String, Object>> options = new ArrayList<>();
    for (String member : people.members(Roles.INTERVIEW_BOARD)) {
      if (member.equals(application.getApplicantUsername()) || member.equals(application.getSupervisorUsername())) {
        continue;
      }
      String role = switch (roleOf(member)) {
        case COMMANDER -> "department commander";
        case SCHOOL_REPRESENTATIVE -> "school-system representative";
        case OTHER -> "board member";
      };
      options.add(JsonVariables.option(people.displayName(member) + " — " + role, member));
    }
    return options;
  }

  private InterviewBoard.MemberRole roleOf(String username) {
    if (people.isMember(username, Roles.COMMANDER)) {
      return InterviewBoard.MemberRole.COMMANDER;
    }
    if (people.isMember(username, Roles.SCHOOL_REPRESENTATIVE)) {
      return InterviewBoard.MemberRole.SCHOOL_REPRESENTATIVE;
    }
    return InterviewBoard.MemberRole.OTHER;
  }

  /** A board has at least one department commander and two school-system representatives (seed 004). */
  public InterviewBoard convene(Long applicationId, Collection<?> members, String interviewAt, String location,
      String convenedBy) {
    Application application = require(applicationId);
    Set<String> usernames = new LinkedHashSet<>();
    for (Object m : members) {
      usernames.add(String.valueOf(m));
    }
    List<InterviewBoard.Member> board = new ArrayList<>();
    for (String username : usernames) {
      if (!people.isMember(username, Roles.INTERVIEW_BOARD)) {
        throw InvalidInputException.of("boardMembers", "selection.boardMembers.interview-board-roster", username);
      }
      if (username.equals(application.getApplicantUsername()) || username.equals(application.getSupervisorUsername())) {
        throw InvalidInputException.of("boardMembers", "selection.boardMembers.applicant-their-supervisor-sit");
      }
      board.add(new InterviewBoard.Member(username, roleOf(username)));
    }
    long commanders = board.stream().filter(m -> m.role() == InterviewBoard.MemberRole.COMMANDER).count();
    long representatives = board.stream().filter(m -> m.role() == InterviewBoard.MemberRole.SCHOOL_REPRESENTATIVE).count();
    if (commanders < 1 || representatives < 2) {
      throw InvalidInputException.of("boardMembers", "selection.boardMembers.board-needs-least-one", commanders, representatives);
    }
    if (location == null || location.isBlank()) {
      throw InvalidInputException.of("interviewLocation", "selection.interviewLocation.where-interview-takes-place");
    }
    Instant when = dateTime("interviewAt", interviewAt);
    return boards.save(new InterviewBoard(applicationId, when, location.strip(), convenedBy, board));
  }

  private Instant dateTime(String field, String value) {
    if (value == null || value.isBlank()) {
      throw InvalidInputException.of(field, "selection.date-time-required");
    }
    try {
      return LocalDateTime.parse(value.replaceFirst("(Z|[+-]\\d\\d:?\\d\\d)$", "")).atZone(calendar.zone()).toInstant();
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(field, "selection.date-time-yyyy-mm", value);
    }
  }

  public List<String> boardMembers(Long applicationId) {
    return boards.findByApplicationId(applicationId).map(InterviewBoard::memberUsernames)
        .orElseThrow(() -> new IllegalStateException("application " + applicationId + " has no board"));
  }

  public BoardScore score(Long applicationId, String member, Map<String, Number> criterionScores, String recommendation,
      String comments) {
    if (!boardMembers(applicationId).contains(member)) {
      throw InvalidInputException.of("boardMember", "selection.boardMember.applicant-s-board", member);
    }
    if (scores.existsByApplicationIdAndMemberUsername(applicationId, member)) {
      throw InvalidInputException.of("boardMember", "selection.boardMember.already-scored-applicant", member);
    }
    int[] values = new int[BoardScore.CRITERIA.size()];
    for (int i = 0; i < values.length; i++) {
      String criterion = BoardScore.CRITERIA.get(i);
      Number n = criterionScores.get(criterion);
      if (n == null || n.doubleValue() != Math.rint(n.doubleValue()) || n.intValue() < 1 || n.intValue() > 5) {
        throw InvalidInputException.of(criterion, "selection.each-criterion-scored-whole");
      }
      values[i] = n.intValue();
    }
    boolean favourable = switch (recommendation == null ? "" : recommendation) {
      // the British values are those of the form that tasks of the previous model version are bound to
      case "favorable", "favourable" -> true;
      case "unfavorable", "unfavourable" -> false;
      default -> throw InvalidInputException.of("boardRecommendation", "selection.boardRecommendation.give-recommendation");
    };
    return scores.save(new BoardScore(applicationId, member, values, favourable, comments));
  }

  /** The inputs of the board result table, from all members' scores. */
  public record BoardSummary(boolean majorityFavourable, double averageTotal, double lowestCriterionAverage,
      int members) {}

  public BoardSummary summarise(Long applicationId) {
    List<BoardScore> all = scores.findByApplicationIdOrderByIdAsc(applicationId);
    if (all.isEmpty()) {
      throw new IllegalStateException("application " + applicationId + " has no board scores");
    }
    long favourable = all.stream().filter(BoardScore::isFavourable).count();
    double averageTotal = all.stream().mapToInt(BoardScore::total).average().orElse(0);
    double lowest = Double.MAX_VALUE;
    for (int c = 0; c < BoardScore.CRITERIA.size(); c++) {
      final int criterion = c;
      lowest = Math.min(lowest, all.stream().mapToInt(s -> s.scores()[criterion]).average().orElse(0));
    }
    return new BoardSummary(favourable * 2 > all.size(), round(averageTotal), round(lowest), all.size());
  }

  private static double round(double d) {
    return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }

  public void boardResult(Long applicationId, boolean favourable, String reason) {
    BoardSummary summary = summarise(applicationId);
    require(applicationId).boardResult(favourable, reason, BigDecimal.valueOf(summary.averageTotal()));
  }

  /** A favourable applicant is listed for appointment, now and for later vacancies, for a set period. */
  public Date putOnEligibilityList(Long applicationId) {
    Application application = require(applicationId);
    LocalDate until = calendar.today().plus(settings.getEligibilityListValidity());
    application.putOnEligibilityList(until);
    return Date.from(until.plusDays(1).atStartOfDay(calendar.zone()).toInstant());
  }

  public void withdraw(Long applicationId, String reason) {
    require(applicationId).withdraw(reason);
  }

  public void lapse(Long applicationId) {
    require(applicationId).lapse();
  }

  public Optional<Recommendation> recommendation(Long applicationId) {
    return recommendations.findByApplicationId(applicationId);
  }
}
