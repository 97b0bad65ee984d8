package com.sroworkflow.truancy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TruancyPoliceNoteRepository extends JpaRepository<TruancyPoliceNote, Long> {

  List<TruancyPoliceNote> findByTruancyCaseIdOrderByWrittenAtAsc(Long truancyCaseId);
}
