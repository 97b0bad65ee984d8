package com.sroworkflow.selection;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationRepository extends JpaRepository<Application, Long> {

  List<Application> findByVacancyIdOrderByIdAsc(Long vacancyId);

  List<Application> findByStatusOrderByIdAsc(Application.Status status);

  List<Application> findByApplicantUsernameOrderByIdAsc(String applicantUsername);

  List<Application> findByClosedAtBefore(Instant before);
}
