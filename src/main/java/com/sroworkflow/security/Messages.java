package com.sroworkflow.security;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The one bundle of everything the application says to people (src/main/resources/messages.properties, US
 * English): mails, pages and every refusal. It is the application's Spring {@link MessageSource} (bean
 * {@code messageSource}, which Thymeleaf's {@code #{...}} reads too); code outside Spring's reach (servlet filters,
 * the engine REST's exception mappers, exceptions) reads the same bundle through {@link #text}. Every value is a
 * {@link java.text.MessageFormat}: {0}, {1}... are arguments and an apostrophe is written twice.
 */
public final class Messages {

  private static final ResourceBundleMessageSource SOURCE = create();

  private Messages() {}

  private static ResourceBundleMessageSource create() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("messages");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    source.setDefaultLocale(Locale.US);
    source.setAlwaysUseMessageFormat(true);
    return source;
  }

  /** The message of the key, in US English; a key missing from the bundle fails loudly (MessagesTest finds them). */
  public static String text(String key, Object... args) {
    return SOURCE.getMessage(key, args, Locale.US);
  }

  /** Whether the bundle has the key (a field's own wording, where there is one). */
  public static boolean has(String key) {
    return SOURCE.getMessage(key, null, null, Locale.US) != null;
  }

  public static MessageSource source() {
    return SOURCE;
  }

  @Configuration
  static class Bundle {

    @Bean
    MessageSource messageSource() {
      return SOURCE;
    }
  }
}
