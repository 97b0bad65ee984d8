package com.sroworkflow.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The quarterly report as CSV (one figure a row) and as PDF (the same tables, with bars). */
final class ReportFiles {

  private ReportFiles() {}

  private static final CSVFormat CSV = CSVFormat.DEFAULT;

  /** One field of CSV: quoted when needed, and never read as a formula by a spreadsheet. */
  static String field(String value) {
    return CSV.format(guard(value));
  }

  // Hand-written: Commons CSV quotes, but does not defuse spreadsheet formulas (OWASP "CSV injection").
  private static String guard(String value) {
    String v = value == null ? "" : value;
    return !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
  }

  static String csv(QuarterlyReport r) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter csv = new CSVPrinter(out, CSV)) {
      Rows rows = fields -> csv.printRecord(Arrays.stream(fields).map(ReportFiles::guard));
      rows.row("report", "quarter", "section", "category", "measure", "value");
      String who = r.name();
      String q = r.quarter().toString();
      rows.row(who, q, "Threat cases", "All", "count", String.valueOf(r.threatCases()));
      for (QuarterlyReport.Count c : r.threatsByLevel()) {
        rows.row(who, q, "Threat cases by level of concern", c.label(), "count", String.valueOf(c.count()));
      }
      for (QuarterlyReport.Count c : r.threatsByOutcome()) {
        rows.row(who, q, "Threat cases by outcome", c.label(), "count", String.valueOf(c.count()));
      }
      rows.row(who, q, "Referrals", "All", "count", String.valueOf(r.referrals()));
      for (QuarterlyReport.Count c : r.referralsByAgencyType()) {
        rows.row(who, q, "Referrals by agency type", c.label(), "count", String.valueOf(c.count()));
      }
      for (QuarterlyReport.Count c : r.referralsByStatus()) {
        rows.row(who, q, "Referrals by status", c.label(), "count", String.valueOf(c.count()));
      }
      QuarterlyReport.Acknowledgement a = r.acknowledgement();
      rows.row(who, q, "Referral acknowledgement", "Acknowledged", "count", String.valueOf(a.acknowledged()));
      rows.row(who, q, "Referral acknowledgement", "Waiting", "count", String.valueOf(a.waiting()));
      rows.row(who, q, "Referral acknowledgement", "Median", "hours", number(a.median()));
      rows.row(who, q, "Referral acknowledgement", "Longest", "hours", number(a.longest()));
      for (QuarterlyReport.ActivityCount c : r.activities()) {
        rows.row(who, q, "Activities", c.label(), "count", String.valueOf(c.count()));
        rows.row(who, q, "Activities", c.label(), "hours", number(c.hours()));
        rows.row(who, q, "Activities", c.label(), "participants", String.valueOf(c.participants()));
      }
      for (QuarterlyReport.TrainingRow t : r.training()) {
        rows.row(who, q, "Training", t.officer() + ": " + t.title(), t.status(), t.detail());
      }
      for (QuarterlyReport.Count c : r.otherRecords()) {
        rows.row(who, q, "Other records", c.label(), "count", String.valueOf(c.count()));
      }
      for (QuarterlyReport.NarrativeRow n : r.narratives()) {
        rows.row(who, q, "Monthly narratives", n.officer() + ": " + n.month(), "submitted", n.submitted());
        rows.row(who, q, "Monthly narratives", n.officer() + ": " + n.month(), "read", n.read());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private interface Rows {
    void row(String... fields) throws IOException;
  }

  private static String number(Double d) {
    return d == null ? "" : String.format(Locale.ROOT, "%.1f", d);
  }

  static byte[] pdf(QuarterlyReport r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 48, 48, 48, 48);
    PdfWriter.getInstance(doc, out);
    doc.addTitle("Quarterly report " + r.quarter() + ": " + r.name());
    doc.addCreator("SRO Workflow");
    doc.open();
    Font title = new Font(Font.HELVETICA, 16, Font.BOLD);
    Font heading = new Font(Font.HELVETICA, 12, Font.BOLD);
    Font small = new Font(Font.HELVETICA, 9, Font.NORMAL, Color.DARK_GRAY);
    doc.add(new Paragraph("Quarterly report " + r.quarter() + ": " + r.name(), title));
    doc.add(new Paragraph(("officer".equals(r.subject()) ? "SRO report. Schools served: " : "School report. SROs: ")
        + (r.servedBy().isEmpty() ? "none" : String.join(", ", r.servedBy())) + ". " + r.quarter().atDay(1) + " to "
        + r.quarter().atEndOfQuarter() + ". Counts only: no student is named.", small));
    section(doc, heading, "Threat cases by level of concern (" + r.threatCases() + " in all)", r.threatsByLevel());
    section(doc, heading, "Threat cases by outcome", r.threatsByOutcome());
    section(doc, heading, "Referrals by agency type (" + r.referrals() + " in all)", r.referralsByAgencyType());
    section(doc, heading, "Referrals by status", r.referralsByStatus());
    QuarterlyReport.Acknowledgement a = r.acknowledgement();
    doc.add(new Paragraph("Acknowledgement by the principal: " + a.acknowledged() + " acknowledged, " + a.waiting()
        + " waiting; median " + ReportPages.hours(a.median()) + ", longest " + ReportPages.hours(a.longest()) + ".",
        small));
    section(doc, heading, "Classes, events, meetings and calls", r.activities().stream()
        .map(c -> new QuarterlyReport.Count(c.label(), c.count())).toList());
    doc.add(new Paragraph("Training status", heading));
    PdfPTable training = new PdfPTable(new float[] {3, 4, 2, 4});
    training.setWidthPercentage(100);
    training.setSpacingBefore(6);
    for (String h : new String[] {"SRO", "Training", "Status", "Detail"}) {
      training.addCell(new Phrase(h, heading));
    }
    for (QuarterlyReport.TrainingRow t : r.training()) {
      training.addCell(t.officer());
      training.addCell(t.title());
      training.addCell(t.status());
      training.addCell(t.detail());
    }
    doc.add(training);
    section(doc, heading, "Other records", r.otherRecords());
    Paragraph monthly = new Paragraph("Monthly narratives to the Detective Sergeant", heading);
    monthly.setSpacingBefore(12);
    doc.add(monthly);
    PdfPTable narratives = new PdfPTable(new float[] {3, 2, 3, 3});
    narratives.setWidthPercentage(100);
    narratives.setSpacingBefore(6);
    for (String h : new String[] {"SRO", "Month", "Written", "Read by the sergeant"}) {
      narratives.addCell(new Phrase(h, heading));
    }
    for (QuarterlyReport.NarrativeRow n : r.narratives()) {
      narratives.addCell(n.officer());
      narratives.addCell(n.month());
      narratives.addCell(n.submitted());
      narratives.addCell(n.read());
    }
    doc.add(narratives);
    doc.close();
    return out.toByteArray();
  }

  private static void section(Document doc, Font heading, String title, List<QuarterlyReport.Count> rows) {
    Paragraph p = new Paragraph(title, heading);
    p.setSpacingBefore(12);
    doc.add(p);
    long max = Math.max(1, rows.stream().mapToLong(QuarterlyReport.Count::count).max().orElse(1));
    PdfPTable table = new PdfPTable(new float[] {4, 1, 5});
    table.setWidthPercentage(100);
    table.setSpacingBefore(4);
    for (QuarterlyReport.Count c : rows) {
      table.addCell(c.label());
      PdfPCell n = new PdfPCell(new Phrase(String.valueOf(c.count())));
      n.setHorizontalAlignment(Element.ALIGN_RIGHT);
      table.addCell(n);
      PdfPTable bar = new PdfPTable(2);
      float filled = Math.max(0.001f, (float) c.count() / max);
      bar.setWidths(new float[] {filled, Math.max(0.001f, 1 - filled)});
      PdfPCell on = new PdfPCell();
      on.setBackgroundColor(c.count() > 0 ? new Color(0x2f, 0x6f, 0x9f) : Color.WHITE);
      on.setBorder(0);
      on.setFixedHeight(10);
      PdfPCell off = new PdfPCell();
      off.setBorder(0);
      bar.addCell(on);
      bar.addCell(off);
      PdfPCell holder = new PdfPCell(bar);
      holder.setPadding(3);
      table.addCell(holder);
    }
    doc.add(table);
  }
}
