package com.sroworkflow.selection;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InterviewBoardRepository extends JpaRepository<InterviewBoard, Long> {

  Optional<InterviewBoard> findByApplicationId(Long applicationId);

  void deleteByApplicationId(Long applicationId);
}
