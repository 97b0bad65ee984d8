package com.sroworkflow.casefile;

import com.sroworkflow.audit.AuditEntry;
import com.sroworkflow.audit.CaseAuditSource;
import com.sroworkflow.security.Messages;
import com.sroworkflow.system.EngineClock;
import com.sroworkflow.system.InvalidInputException;
import com.sroworkflow.system.PlainText;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's notes on a case, and the case file's downloads for records requests (each one a disclosure,
 * logged with who, when and the request). Both are the case file's own entries in the case's audit trail, so
 * the timeline and the JSON trail show them with everything else. The caller of these methods has checked that
 * the person may read the case ({@link ReadableCases}).
 */
@Service
@Transactional
public class CaseNotes implements CaseAuditSource {

  public static final int MAX_LENGTH = 4000;
  public static final int MAX_REASON = 500;

  private final CaseFileEntryRepository entries;

  CaseNotes(CaseFileEntryRepository entries) {
    this.entries = entries;
  }

  public record Note(Long id, String author, java.time.Instant writtenAt, String text) {}

  public Note add(ReadableCases.CaseRef ref, String author, String text) {
    String body = text == null ? "" : text.strip();
    if (body.isEmpty()) {
      throw InvalidInputException.of("text", "casefile.text.write-note-first-empty");
    }
    if (body.length() > MAX_LENGTH) {
      throw InvalidInputException.of("text", "casefile.text.note-most-characters-one", MAX_LENGTH, body.length());
    }
    PlainText.check("text", Messages.text("casefile.field.note"), body);
    return note(entries.save(new CaseFileEntry(ref.caseId(), ref.school(), CaseFileEntry.Kind.NOTE, author,
        EngineClock.now(), body)));
  }

  @Transactional(readOnly = true)
  public List<Note> of(String caseId) {
    return entries.findByCaseIdAndKindOrderByWrittenAtAscIdAsc(caseId, CaseFileEntry.Kind.NOTE).stream()
        .map(CaseNotes::note).toList();
  }

  /** Logs a download of the case for a records request; refused without the request it answers. */
  public void disclosed(ReadableCases.CaseRef ref, String by, String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.length() < 5 || why.length() > MAX_REASON) {
      throw InvalidInputException.of("reason", "casefile.reason.say-which-records-request", MAX_REASON);
    }
    PlainText.check("reason", Messages.text("casefile.field.records-request"), why);
    entries.save(new CaseFileEntry(ref.caseId(), ref.school(), CaseFileEntry.Kind.DISCLOSURE, by, EngineClock.now(),
        why));
  }

  /**
   * Logs that the district designee opened the case file (page, API or PDF): a school's case read from outside its
   * school's team, kept with who and when in the case's audit trail.
   */
  public void viewedByDesignee(ReadableCases.CaseRef ref, String by) {
    entries.save(new CaseFileEntry(ref.caseId(), ref.school(), CaseFileEntry.Kind.VIEW, by, EngineClock.now(),
        "Opened by the district designee (district oversight, outside the school's team)."));
  }

  @Override
  @Transactional(readOnly = true)
  public List<AuditEntry> entries(String processInstanceId) {
    return entries.findByCaseIdOrderByWrittenAtAscIdAsc(processInstanceId).stream().map(e -> switch (e.getKind()) {
      case NOTE -> new AuditEntry(e.getWrittenAt(), e.getAuthor(), "Wrote a note", "Note", e.getBody());
      case DISCLOSURE -> new AuditEntry(e.getWrittenAt(), e.getAuthor(),
          "Downloaded the case file for a records request", "Disclosure", e.getBody());
      case VIEW -> new AuditEntry(e.getWrittenAt(), e.getAuthor(), "Opened the case file", "Read", e.getBody());
    }).toList();
  }

  private static Note note(CaseFileEntry n) {
    return new Note(n.getId(), n.getAuthor(), n.getWrittenAt(), n.getBody());
  }
}
