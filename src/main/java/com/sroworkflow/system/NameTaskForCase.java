package com.sroworkflow.system;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Makes a task's name say what to do and for whom, as Tasklist lists it: "Acknowledge referral"
 * becomes "Acknowledge referral: Jordan M., Lincoln High School". The "for whom" is the case's
 * {@value #SUBJECT} variable, set when the case is registered; the model keeps the plain name, so its
 * diagram stays readable. A create listener on each user task that names a case.
 */
@Component("nameTaskForCase")
public class NameTaskForCase implements TaskListener {

  /** The process variable naming whom a case's tasks are for (a student's short name and school, an applicant). */
  public static final String SUBJECT = "taskSubject";

  @Override
  public void notify(DelegateTask task) {
    Object subject = task.getVariable(SUBJECT);
    String name = task.getName();
    if (subject == null || subject.toString().isBlank() || name == null) {
      return;
    }
    String suffix = ": " + subject;
    if (!name.endsWith(suffix)) {
      task.setName(name + suffix);
    }
  }

  /**
   * The task's name as the model gives it, without whom it is for: mail subjects and bodies carry
   * no student names (they show the case by initials), so reminders use this.
   */
  public static String plainName(String taskName, Object subject) {
    if (taskName == null || subject == null) {
      return taskName;
    }
    String suffix = ": " + subject;
    return taskName.endsWith(suffix) ? taskName.substring(0, taskName.length() - suffix.length()) : taskName;
  }

  /**
   * A student as task names show them: first name and the initial of the last ("Jordan M."), enough
   * for the school's staff to know whom a task is about, without the full name in every list.
   */
  public static String studentShortName(String fullName) {
    if (fullName == null || fullName.isBlank()) {
      return "";
    }
    String[] parts = fullName.strip().split("\\s+");
    if (parts.length == 1) {
      return parts[0];
    }
    String last = parts[parts.length - 1];
    return parts[0] + " " + last.substring(0, Character.charCount(last.codePointAt(0))).toUpperCase() + ".";
  }
}
