package com.sroworkflow.selection;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TrainingRepository extends JpaRepository<Training, Long> {

  List<Training> findByApplicationIdOrderByIdAsc(Long applicationId);

  List<Training> findByOfficerUsernameOrderByIdAsc(String officerUsername);
}
