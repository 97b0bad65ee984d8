package com.sroworkflow.assignment;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Who stands in for an SRO who is away on a day (leave, training, a court day): the absence capability
 * answers, so the routing here sends the school's SRO tasks to the cover without this package knowing
 * how absences are kept.
 */
public interface StandIns {

  Optional<String> standInFor(String officer, String schoolCode, LocalDate day);
}
