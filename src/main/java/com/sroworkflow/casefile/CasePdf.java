package com.sroworkflow.casefile;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.sroworkflow.identity.People;
import com.sroworkflow.school.SchoolCalendar;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A case file as PDF (OpenPDF), for a records request: the summary, the facts, open tasks, notes and the
 * timeline, headed by who downloaded it, when and for which request (each download is logged as a disclosure,
 * {@link CaseNotes#disclosed}). US Letter, as the district's records office prints.
 */
@Component
class CasePdf {

  private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
  private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
  private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);
  private static final Font SMALL = new Font(Font.HELVETICA, 9, Font.NORMAL, Color.DARK_GRAY);

  private final SchoolCalendar calendar;
  private final People people;

  CasePdf(SchoolCalendar calendar, People people) {
    this.calendar = calendar;
    this.people = people;
  }

  byte[] render(CaseFiles.CaseFile file, String downloadedBy, String reason) {
    CaseListing.Row row = file.line().row();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.LETTER, 48, 48, 48, 48);
    PdfWriter.getInstance(doc, out);
    String title = row.kindLabel() + " " + row.number();
    doc.addTitle(title);
    doc.addCreator("SRO Workflow");
    doc.open();
    doc.add(new Paragraph(title, TITLE));
    doc.add(new Paragraph("Downloaded by " + people.displayName(downloadedBy) + " on " + calendar.moment(calendar.now())
        + " for a records request: " + reason + ". Confidential student record (FERPA): disclosed as logged.",
        SMALL));
    heading(doc, "Summary");
    PdfPTable summary = table(new float[] {2, 5});
    cells(summary, "Student", row.studentName() == null ? "Not yet identified"
        : row.studentName() + " (district id " + row.districtStudentId() + ", grade " + row.grade() + ")");
    cells(summary, "School", file.schoolName());
    cells(summary, "Kind", row.kindLabel());
    if (row.classification() != null) {
      cells(summary, "Classification", row.classification() + (row.level() == null ? "" : ", level " + row.level()));
    }
    cells(summary, "Status", row.status());
    cells(summary, "Stage", file.line().stage());
    cells(summary, "Opened", file.opened());
    if (file.closed() != null) {
      cells(summary, "Closed", file.closed());
    }
    cells(summary, "People on it", String.join(", ", file.people()));
    for (CaseListing.Fact fact : file.facts()) {
      cells(summary, fact.label(), fact.value());
    }
    doc.add(summary);
    if (!file.tasks().isEmpty()) {
      heading(doc, "Open tasks");
      PdfPTable tasks = table(new float[] {4, 3, 3});
      header(tasks, "Task", "With", "Due");
      file.tasks().forEach(t -> cells(tasks, t.name(), t.assignee() != null ? t.assignee() : t.waitingFor(),
          t.dueText()));
      doc.add(tasks);
    }
    if (!file.notes().isEmpty()) {
      heading(doc, "Notes");
      PdfPTable notes = table(new float[] {2, 2, 6});
      header(notes, "When", "Who", "Note");
      file.notes().forEach(n -> cells(notes, n.when(), n.author(), n.text()));
      doc.add(notes);
    }
    heading(doc, "Timeline");
    PdfPTable timeline = table(new float[] {2, 2, 3, 4});
    header(timeline, "When", "Who", "What", "Detail");
    file.timeline().forEach(e -> cells(timeline, e.when(), e.who(), e.what(), e.detail() == null ? "" : e.detail()));
    doc.add(timeline);
    doc.close();
    return out.toByteArray();
  }

  private static void heading(Document doc, String text) {
    Paragraph p = new Paragraph(text, HEADING);
    p.setSpacingBefore(12);
    p.setSpacingAfter(4);
    doc.add(p);
  }

  private static PdfPTable table(float[] widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    return table;
  }

  private static void header(PdfPTable table, String... texts) {
    for (String text : texts) {
      table.addCell(new Phrase(text, HEADING));
    }
    table.setHeaderRows(1);
  }

  private static void cells(PdfPTable table, String... texts) {
    for (String text : List.of(texts)) {
      table.addCell(new Phrase(text == null ? "" : text, TEXT));
    }
  }
}
