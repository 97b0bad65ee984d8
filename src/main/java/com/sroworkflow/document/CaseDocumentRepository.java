package com.sroworkflow.document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CaseDocumentRepository extends JpaRepository<CaseDocument, Long> {

  List<CaseDocument> findByCaseIdOrderByUploadedAtAscIdAsc(String caseId);

  Optional<CaseDocument> findByIdAndCaseId(Long id, String caseId);

  @Query("select distinct d.caseId from CaseDocument d")
  List<String> caseIds();

  @Modifying
  @Query("delete from CaseDocument d where d.caseId in :caseIds")
  int deleteByCaseIds(Collection<String> caseIds);
}
