package com.sroworkflow.browser;

import com.sroworkflow.directory.DirectoryApp;

/**
 * The referral walk of {@link ReferralInTasklistBrowserTest} in Chromium, unchanged, with sally, paula
 * and peter logging in to Tasklist as people of the embedded demo directory: their passwords checked by
 * the directory, their roles and schools mapped from its groups and attributes.
 */
@DirectoryApp
class ReferralWithDirectoryPeopleBrowserTest extends ReferralInTasklistBrowserTest {}
