package com.sroworkflow.notification;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;

/**
 * Mail text is written by Thymeleaf in TEXT mode from templates/mail/*.txt, with its wording in
 * messages.properties ({@code mail.*}); Spring Boot adds this resolver to its template engine beside the
 * HTML one of the pages.
 */
@Configuration
class MailTemplates {

  @Bean
  ITemplateResolver mailTemplateResolver() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".txt");
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setResolvablePatterns(Set.of("mail/*"));
    resolver.setOrder(0);
    resolver.setCheckExistence(true);
    return resolver;
  }
}
