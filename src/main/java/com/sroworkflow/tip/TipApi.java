package com.sroworkflow.tip;

import com.sroworkflow.security.Messages;
import com.sroworkflow.security.Problem;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/tips}: the tip page's JSON twin, open without login (identity/ApiAuthentication
 * lets exactly this request through). It answers 201 with the receipt number and nothing else: no
 * id, no location, no echo of what was sent. There is no way to read a tip back. Refused input is a
 * 400 naming the field (system/ApiErrors); past the rate limit, 429.
 */
@RestController
class TipApi {

  static final String PATH = "/api/tips";

  private final Tips tips;
  private final TipRateLimit limit;

  TipApi(Tips tips, TipRateLimit limit) {
    this.tips = tips;
    this.limit = limit;
  }

  @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> send(@RequestBody NewTip tip, HttpServletRequest request) {
    TipRateLimit.Refusal refused = limit.attempt(request.getRemoteAddr());
    if (refused != null) {
      return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, refused.retryAfter().toSeconds())))
          .cacheControl(CacheControl.noStore())
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(Problem.of(HttpStatus.TOO_MANY_REQUESTS, "TooManyRequests", Messages.text("tip.too-many-tips-were"), null));
    }
    Tip sent = tips.submit(tip);
    return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
        .body(Map.of("receipt", sent.getReceipt()));
  }
}
