package com.sroworkflow.browser;

import com.sroworkflow.IntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that drives the webapps in the machine's headless Chromium against the application on a
 * random port with the demo data. Skipped, saying why, where no Chromium is installed, except under
 * CI ({@code CI=true}), where it must run: see {@link ChromiumCondition}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ChromiumCondition.class)
@IntegrationTest
@Tag("browser")
public @interface BrowserTest {}
