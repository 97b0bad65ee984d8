package com.sroworkflow.document;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DocumentDownloadRepository extends JpaRepository<DocumentDownload, Long> {

  List<DocumentDownload> findByCaseIdOrderByDownloadedAtAsc(String caseId);

  @Modifying
  @Query("update DocumentDownload d set d.caseId = :to where d.caseId = :from")
  int moveCase(String from, String to);

  @Modifying
  @Query("delete from DocumentDownload d where d.caseId in :caseIds")
  int deleteByCaseIds(Collection<String> caseIds);
}
