package com.sroworkflow.tip;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many tips the public may send: {@code sro.tip.per-client} per {@code sro.tip.per-client-period}
 * from one client address, and {@code sro.tip.all-clients} per {@code sro.tip.all-clients-period}
 * from everyone together, so a flood from many addresses cannot bury the threat team either. Every
 * attempt counts, a refused one too. Token buckets from Bucket4j; each node keeps its own counts.
 */
@Component
class TipRateLimit {

  /** A client past its limit, and how long until it may try again. */
  record Refusal(Duration retryAfter) {}

  private final Bandwidth perClient;
  private final int clientsRemembered;
  private final Bucket allClients;
  private final Map<String, Bucket> clients;

  TipRateLimit(@Value("${sro.tip.per-client:5}") int perClient,
      @Value("${sro.tip.per-client-period:PT10M}") Duration perClientPeriod,
      @Value("${sro.tip.all-clients:100}") int allClients,
      @Value("${sro.tip.all-clients-period:PT1H}") Duration allClientsPeriod,
      @Value("${sro.tip.clients-remembered:10000}") int clientsRemembered) {
    this.perClient = Bandwidth.builder().capacity(perClient).refillGreedy(perClient, perClientPeriod).build();
    this.allClients = Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(allClients).refillGreedy(allClients, allClientsPeriod).build()).build();
    this.clientsRemembered = clientsRemembered;
    this.clients = newClientMap();
  }

  /**
   * Counts an attempt of the client; a refusal if it is over its limit or everyone is. The client is
   * the address the request came from (behind the production proxy, the one the proxy reports: see
   * server.forward-headers-strategy), never a header the caller chose.
   */
  synchronized Refusal attempt(String client) {
    Bucket bucket = clients.computeIfAbsent(client, c -> Bucket.builder().addLimit(perClient).build());
    ConsumptionProbe own = bucket.tryConsumeAndReturnRemaining(1);
    if (!own.isConsumed()) {
      return new Refusal(Duration.ofNanos(own.getNanosToWaitForRefill()));
    }
    ConsumptionProbe all = allClients.tryConsumeAndReturnRemaining(1);
    return all.isConsumed() ? null : new Refusal(Duration.ofNanos(all.getNanosToWaitForRefill()));
  }

  /** Forgets every client's count and the common one: the tests start each case from a fresh limit. */
  synchronized void reset() {
    clients.clear();
    allClients.reset();
  }

  /**
   * The least recently seen clients are forgotten past {@code sro.tip.clients-remembered}, so many
   * addresses cannot exhaust the memory; the common limit still holds for them.
   */
  private Map<String, Bucket> newClientMap() {
    return new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
        return size() > clientsRemembered;
      }
    };
  }
}
