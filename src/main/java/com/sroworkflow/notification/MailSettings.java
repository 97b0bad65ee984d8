package com.sroworkflow.notification;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param baseUrl    the address people open the application at, for links in mails
 * @param from       sender address of notification mails
 * @param retryCycle how often and how far apart a failed delivery is retried (ISO 8601 repeat)
 * @param keepFor    how long a delivered notification stays in the outbox
 */
@ConfigurationProperties("sro.mail")
public record MailSettings(String baseUrl, String from, String retryCycle, Period keepFor) {

  public MailSettings {
    keepFor = keepFor == null ? Period.ofDays(90) : keepFor;
    baseUrl = baseUrl == null ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
    from = from == null ? "sro-workflow@sro.example" : from;
    retryCycle = retryCycle == null ? "R5/PT5M" : retryCycle;
  }

  public String taskLink(String taskId) {
    return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }
}
