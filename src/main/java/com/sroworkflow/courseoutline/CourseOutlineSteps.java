package com.sroworkflow.courseoutline;

import com.sroworkflow.identity.People;
import com.sroworkflow.school.Schools;
import com.sroworkflow.system.CaseRecords;
import com.sroworkflow.system.SubmittedValues;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The steps of the course outline approval ({@code bpmn/course-outline.bpmn}), each a small bean. */
@Configuration
class CourseOutlineSteps {

  /** Records the SRO's outline and routes it to the principal who invited them. */
  @Bean
  JavaDelegate registerCourseOutline(CourseOutlines outlines, People people, Schools schools) {
    return execution -> {
      String sro = people.actingUser(SubmittedValues.text(execution, "initiator"));
      CourseOutline o = outlines.submit(execution.getProcessInstanceId(), sro,
          SubmittedValues.text(execution, "outlineSchool"), SubmittedValues.text(execution, "outlineKind"),
          SubmittedValues.text(execution, "topic"), SubmittedValues.text(execution, "outlineTitle"),
          SubmittedValues.text(execution, "grades"), SubmittedValues.number(execution, "sessions"),
          SubmittedValues.text(execution, "outlineText"), SubmittedValues.text(execution, "invitedBy"));
      // the program's cases belong to no tenant (the Chief decides)
      CaseRecords.bind(execution, "outlineId", o.getId(), null);
      execution.setVariable("outlineOfficer", sro);
      execution.setVariable("invitedBy", o.getInvitedBy());
      execution.setVariable("topicLabel", o.getTopic().label());
      execution.setVariable("caseTitle", title(o, people, schools));
      execution.setProcessBusinessKey("outline-" + o.getId());
    };
  }

  @Bean
  TaskListener recordPrincipalAgreement(CourseOutlines outlines, People people) {
    return task -> {
      CourseOutline o = outlines.principalDecides(id(task), people.actingUser(task.getAssignee()),
          SubmittedValues.text(task, "principalDecision"), SubmittedValues.text(task, "principalComment"));
      boolean agreed = o.getStatus() == CourseOutline.Status.WITH_CHIEF;
      task.getExecution().setVariable("outlineAgreed", agreed);
      task.getExecution().setVariable("principalSummary", people.displayName(o.getPrincipalUsername())
          + (agreed ? " agrees" : " does not agree")
          + (o.getPrincipalComment() == null ? "" : ": " + o.getPrincipalComment()));
      if (!agreed) {
        returned(task, people.displayName(o.getPrincipalUsername()), o.getPrincipalComment());
      }
    };
  }

  @Bean
  TaskListener recordChiefDecision(CourseOutlines outlines, People people) {
    return task -> {
      CourseOutline o = outlines.chiefDecides(id(task), people.actingUser(task.getAssignee()),
          SubmittedValues.text(task, "chiefDecision"), SubmittedValues.text(task, "chiefComment"));
      boolean approved = o.getStatus() == CourseOutline.Status.APPROVED;
      task.getExecution().setVariable("outlineApproved", approved);
      if (!approved) {
        returned(task, people.displayName(o.getChiefUsername()), o.getChiefComment());
      }
    };
  }

  @Bean
  TaskListener recordOutlineRevision(CourseOutlines outlines, People people, Schools schools) {
    return task -> {
      boolean resubmitted = outlines.revise(id(task), SubmittedValues.text(task, "reviseDecision"),
          SubmittedValues.text(task, "outlineTitle"), SubmittedValues.text(task, "grades"),
          SubmittedValues.number(task, "sessions"), SubmittedValues.text(task, "outlineText"));
      task.getExecution().setVariable("outlineResubmitted", resubmitted);
      task.getExecution().setVariable("caseTitle", title(outlines.require(id(task)), people, schools));
    };
  }

  @Bean
  JavaDelegate courseOutlineApproved(CourseOutlines outlines) {
    return execution -> outlines.tellApproved(CaseRecords.id(execution, "outlineId"));
  }

  private static void returned(DelegateTask task, String by, String comment) {
    task.getExecution().setVariable("returnedBy", by);
    task.getExecution().setVariable("returnComment", comment);
  }

  private static Long id(DelegateTask task) {
    return CaseRecords.id(task, "outlineId");
  }

  static String title(CourseOutline o, People people, Schools schools) {
    return (o.getKind() == CourseOutline.Kind.PROGRAM ? "Program" : "Course") + " \"" + o.getTitle() + "\" at "
        + schools.name(o.getSchoolCode()) + " by " + people.displayName(o.getOfficerUsername())
        + (o.getRevision() > 1 ? " (revision " + o.getRevision() + ")" : "");
  }
}
