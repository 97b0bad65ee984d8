package com.sroworkflow.document;

import java.util.Collection;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DocumentContentRepository extends JpaRepository<DocumentContent, Long> {

  @Modifying
  @Query("delete from DocumentContent c where c.documentId in (select d.id from CaseDocument d where d.caseId in :caseIds)")
  int deleteByCaseIds(Collection<String> caseIds);
}
