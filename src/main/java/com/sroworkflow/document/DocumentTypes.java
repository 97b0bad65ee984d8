package com.sroworkflow.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;

/**
 * What a document is, from its bytes (Apache Tika's magic numbers), never from the name or the Content-Type the
 * browser sent: a program renamed "notes.pdf" is a program. The name only refines a container format Tika's core
 * cannot open by itself: a ZIP is a Word document (.docx) only when its entries are those of one, an OLE2 file a
 * Word 97 document (.doc) only when so named.
 */
final class DocumentTypes {

  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  /** The types a case accepts, with the file name extension each is saved under. */
  static final Map<String, String> ALLOWED = Map.of(
      "application/pdf", "pdf",
      "image/png", "png",
      "image/jpeg", "jpg",
      "image/gif", "gif",
      "image/webp", "webp",
      "application/msword", "doc",
      DOCX, "docx");

  private static final Tika TIKA = new Tika();

  private DocumentTypes() {}

  /** The detected type, or null when the content is none of {@link #ALLOWED}. */
  static String detect(byte[] content, String fileName) {
    String detected = TIKA.detect(content, fileName);
    if (DOCX.equals(detected) || "application/zip".equals(detected) || "application/x-tika-ooxml".equals(detected)) {
      // tika-core has no OOXML container detector (that is in the parser modules): look inside the ZIP ourselves.
      return isWordDocument(content) ? DOCX : null;
    }
    return ALLOWED.containsKey(detected) ? detected : null;
  }

  /** What Tika calls the content, for the refusal's message. */
  static String describe(byte[] content) {
    return TIKA.detect(content);
  }

  private static boolean isWordDocument(byte[] content) {
    Set<String> names = new HashSet<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      for (ZipEntry e = zip.getNextEntry(); e != null && names.size() < 10_000; e = zip.getNextEntry()) {
        names.add(e.getName());
      }
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
    return names.contains("[Content_Types].xml") && names.contains("word/document.xml");
  }

  /**
   * The name the file is kept and downloaded under: no path, only letters, digits, space and {@code . _ - ( )},
   * at most 120 characters, ending in the extension of its detected type.
   */
  static String safeName(String original, String mediaType) {
    String name = original == null ? "" : original;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[^\\p{L}\\p{N} ._()\\-]", "_").replaceAll("_{2,}", "_").strip();
    name = name.replaceAll("^[.\\s]+", "");
    String extension = ALLOWED.get(mediaType);
    int dot = name.lastIndexOf('.');
    String given = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    boolean matches = given.equals(extension) || ("jpg".equals(extension) && given.equals("jpeg"));
    String base = matches ? name.substring(0, dot).strip() : name;
    if (base.isEmpty()) {
      base = "document";
    }
    String ext = matches ? given : extension;
    return (base.length() > 119 - ext.length() ? base.substring(0, 119 - ext.length()) : base) + "." + ext;
  }
}
