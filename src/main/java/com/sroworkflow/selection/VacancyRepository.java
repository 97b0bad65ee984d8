package com.sroworkflow.selection;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VacancyRepository extends JpaRepository<Vacancy, Long> {

  Optional<Vacancy> findByReferenceIgnoreCase(String reference);

  List<Vacancy> findByClosedAtBefore(Instant before);
}
