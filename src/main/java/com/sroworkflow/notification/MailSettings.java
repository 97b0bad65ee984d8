package com.sroworkflow.notification;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param baseUrl    the address people open the application at, for links in mails; unset, the server's own
 *                   address and port (MailLinks)
 * @param from       sender address of notification mails
 * @param retryCycle how often and how far apart a failed delivery is retried (ISO 8601 repeat)
 * @param keepFor    how long a delivered notification stays in the outbox
 */
@ConfigurationProperties("sro.mail")
public record MailSettings(String baseUrl, String from, String retryCycle, Period keepFor) {

  public MailSettings {
    keepFor = keepFor == null ? Period.ofDays(90) : keepFor;
    baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.replaceAll("/+$", "");
    from = from == null ? "sro-workflow@sro.example" : from;
    retryCycle = retryCycle == null ? "R5/PT5M" : retryCycle;
  }
}
