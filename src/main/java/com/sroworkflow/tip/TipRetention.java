package com.sroworkflow.tip;

import com.sroworkflow.system.RecordRetention;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tip is removed with its threat case: once the case's removal time has passed (the engine's
 * removal time of the case, its history time to live counted from the end; the threat package
 * removes its case record on the same terms), or once the case's history is gone. The case is read
 * through the engine, not the threat package's tables.
 */
@Component
class TipRetention implements RecordRetention {

  private static final int PAGE = 500;

  private final TipRepository tips;
  private final HistoryService history;

  TipRetention(TipRepository tips, HistoryService history) {
    this.tips = tips;
    this.history = history;
  }

  @Override
  public String records() {
    return "tips of removed threat cases";
  }

  @Override
  @Transactional
  public int removeExpired(Instant now) {
    List<Long> expired = new ArrayList<>();
    long after = 0;
    Slice<Tip> page;
    do {
      page = tips.findByIdGreaterThanOrderByIdAsc(after, PageRequest.ofSize(PAGE));
      List<String> instanceIds = page.stream().map(Tip::getProcessInstanceId).filter(Objects::nonNull).toList();
      Map<String, HistoricProcessInstance> cases = instanceIds.isEmpty() ? Map.of()
          : history.createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(instanceIds)).list().stream()
              .collect(Collectors.toMap(HistoricProcessInstance::getId, Function.identity()));
      for (Tip tip : page) {
        if (tip.getProcessInstanceId() != null && removed(cases.get(tip.getProcessInstanceId()), now)) {
          expired.add(tip.getId());
        }
        after = tip.getId();
      }
    } while (page.hasNext());
    tips.deleteAllByIdInBatch(expired);
    return expired.size();
  }

  private static boolean removed(HistoricProcessInstance threatCase, Instant now) {
    return threatCase == null
        || threatCase.getRemovalTime() != null && threatCase.getRemovalTime().toInstant().isBefore(now);
  }
}
