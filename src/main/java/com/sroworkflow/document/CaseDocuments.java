package com.sroworkflow.document;

import com.sroworkflow.casefile.ReadableCases.CaseRef;
import com.sroworkflow.security.Caller;
import com.sroworkflow.security.Messages;
import com.sroworkflow.system.EngineClock;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a case (issue 17 item 4). Callers have already asked {@code casefile.ReadableCases} whether the
 * person may read the case; this service keeps a document id to the case it belongs to, types an upload by its
 * content, and logs every upload and download for the case's audit trail. No file name or content goes to a log.
 */
@Service
public class CaseDocuments {

  private final CaseDocumentRepository documents;
  private final DocumentContentRepository contents;
  private final DocumentDownloadRepository downloads;
  private final long maxBytes;

  CaseDocuments(CaseDocumentRepository documents, DocumentContentRepository contents,
      DocumentDownloadRepository downloads, @Value("${sro.documents.max-bytes:10485760}") long maxBytes) {
    this.documents = documents;
    this.contents = contents;
    this.downloads = downloads;
    this.maxBytes = maxBytes;
  }

  /** A document with its bytes, for a download. */
  record Download(CaseDocument document, byte[] content) {}

  long maxBytes() {
    return maxBytes;
  }

  /** "10 MB": the limit as people read it. */
  String limit() {
    return maxBytes % (1024 * 1024) == 0 ? maxBytes / (1024 * 1024) + " MB" : maxBytes + " bytes";
  }

  public List<CaseDocument> of(String caseId) {
    return documents.findByCaseIdOrderByUploadedAtAscIdAsc(caseId);
  }

  /** Stores an upload with the case, typed by its content; refuses what is empty, too large or not allowed. */
  @Transactional
  CaseDocument upload(CaseRef c, Caller caller, String originalName, byte[] content) {
    if (!c.open()) {
      throw new DocumentRefused(409, "CaseClosed", Messages.text("document.case-closed-documents-added"));
    }
    if (!caller.actsFor(c.school())) {
      throw new DocumentRefused(404, "NotFound", Messages.text("document.such-case-among-cases"));
    }
    if (content == null || content.length == 0) {
      throw new DocumentRefused(400, "InvalidInput", Messages.text("document.choose-file-upload-file"));
    }
    if (content.length > maxBytes) {
      throw new DocumentRefused(413, "DocumentTooLarge", Messages.text("document.document-most", limit()));
    }
    String type = DocumentTypes.detect(content, originalName);
    if (type == null) {
      throw new DocumentRefused(415, "UnsupportedDocumentType", Messages.text("document.file-s-content-which", DocumentTypes.describe(content)));
    }
    CaseDocument saved = documents.save(new CaseDocument(c.caseId(), c.school(), DocumentTypes.safeName(originalName, type),
        type, content.length, sha256(content), caller.userId(), EngineClock.now()));
    contents.save(new DocumentContent(saved.getId(), content));
    return saved;
  }

  /** The document of this case, logged as downloaded by the caller; empty for an id of another case. */
  @Transactional
  Optional<Download> download(CaseRef c, Caller caller, Long documentId) {
    return documents.findByIdAndCaseId(documentId, c.caseId()).map(d -> {
      downloads.save(new DocumentDownload(d.getId(), c.caseId(), caller.userId(), EngineClock.now()));
      return new Download(d, contents.findById(d.getId()).map(DocumentContent::content).orElse(new byte[0]));
    });
  }

  List<DocumentDownload> downloadsOf(String caseId) {
    return downloads.findByCaseIdOrderByDownloadedAtAsc(caseId);
  }

  /** A transferred case's documents go with it to the receiving school's case. */
  @Transactional
  public int moveCase(String fromCaseId, String toCaseId, String toSchool) {
    List<CaseDocument> moving = documents.findByCaseIdOrderByUploadedAtAscIdAsc(fromCaseId);
    moving.forEach(d -> d.movedTo(toCaseId, toSchool));
    downloads.moveCase(fromCaseId, toCaseId);
    return moving.size();
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
