package com.sroworkflow.identity;

import java.util.List;

/**
 * The role groups of the program. Camunda group ids allow letters and digits only (and Camunda's
 * own {@code camunda-admin}). Which school a person acts for is their tenant membership: each school
 * is a Camunda tenant, so the engine itself keeps one school's cases from another school's staff.
 */
public final class Roles {

  public static final String HR = "hr";
  public static final String OFFICER = "officer";
  public static final String SUPERVISOR = "supervisor";
  public static final String INTERVIEW_BOARD = "interviewBoard";
  /** Board members who are department commanders (seed 004: at least one on every board). */
  public static final String COMMANDER = "commander";
  /** Board members who represent the school system (seed 004: at least two on every board). */
  public static final String SCHOOL_REPRESENTATIVE = "schoolRep";
  public static final String CHIEF = "chief";
  public static final String SRO = "sro";
  public static final String PRINCIPAL = "principal";
  public static final String THREAT_TEAM = "threatTeam";
  /** The district's designee: referral escalations, cross-school oversight. */
  public static final String DISTRICT_ADMIN = "districtAdmin";
  /** School staff (teachers and other employees): they report threats and own safety-plan actions. */
  public static final String STAFF = "staff";
  /** A school's mental-health staff (counselor, psychologist, social worker): self-harm risk screenings. */
  public static final String MENTAL_HEALTH = "mentalHealth";
  /** A school's attendance officer: opens truancy cases and makes the school's home contact. */
  public static final String ATTENDANCE = "attendance";
  public static final String ADMIN = "camunda-admin";

  public record Role(String id, String name, String type) {}

  public static final List<Role> ALL = List.of(
      new Role(HR, "Human Resources", "WORKFLOW"),
      new Role(OFFICER, "Police officers", "WORKFLOW"),
      new Role(SUPERVISOR, "Supervisors", "WORKFLOW"),
      new Role(INTERVIEW_BOARD, "SRO interview board", "WORKFLOW"),
      new Role(COMMANDER, "Department commanders", "WORKFLOW"),
      new Role(SCHOOL_REPRESENTATIVE, "School-system representatives", "WORKFLOW"),
      new Role(CHIEF, "Chief of Police", "WORKFLOW"),
      new Role(SRO, "School Resource Officers", "WORKFLOW"),
      new Role(PRINCIPAL, "Principals", "WORKFLOW"),
      new Role(THREAT_TEAM, "Threat assessment teams", "WORKFLOW"),
      new Role(DISTRICT_ADMIN, "District designees", "WORKFLOW"),
      new Role(STAFF, "School staff", "WORKFLOW"),
      new Role(MENTAL_HEALTH, "School mental-health staff", "WORKFLOW"),
      new Role(ATTENDANCE, "Attendance officers", "WORKFLOW"),
      new Role(ADMIN, "Camunda administrators", "SYSTEM"));

  private Roles() {}
}
