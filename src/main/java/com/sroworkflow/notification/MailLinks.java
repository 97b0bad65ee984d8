package com.sroworkflow.notification;

import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The links in mails: {@code sro.mail.base-url} when it is set (the address people open behind a proxy),
 * else the server's own address and the port it listens on.
 */
@Component
class MailLinks implements ApplicationListener<WebServerInitializedEvent> {

  private final MailSettings settings;
  private final Environment environment;
  private volatile int port;

  MailLinks(MailSettings settings, Environment environment) {
    this.settings = settings;
    this.environment = environment;
  }

  @Override
  public void onApplicationEvent(WebServerInitializedEvent event) {
    if (!"management".equals(event.getApplicationContext().getServerNamespace())) {
      port = event.getWebServer().getPort();
    }
  }

  String base() {
    if (settings.baseUrl() != null) {
      return settings.baseUrl();
    }
    String scheme = environment.getProperty("server.ssl.enabled", Boolean.class, false) ? "https" : "http";
    String address = environment.getProperty("server.address", "");
    String host = address.isBlank() || address.equals("0.0.0.0") || address.equals("::") ? "localhost" : address;
    int listening = port > 0 ? port : environment.getProperty("server.port", Integer.class, 8080);
    return scheme + "://" + host + ":" + listening;
  }

  /** A page of the application (its path, starting with a slash), e.g. a case file. */
  String page(String path) {
    return base() + path;
  }

  String task(String taskId) {
    return base() + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }
}
