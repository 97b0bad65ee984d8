package com.sroworkflow.mou;

import com.sroworkflow.system.RecordRetention;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** MOUs past their retention ({@code sro.mou.kept-for}, ten years after they expired). */
@Component
class MouRetention implements RecordRetention {

  private final MouRepository records;

  MouRetention(MouRepository records) {
    this.records = records;
  }

  @Override
  public String records() {
    return "expired MOUs";
  }

  @Override
  @Transactional
  public int removeExpired(Instant now) {
    return records.deleteExpired(now);
  }
}
