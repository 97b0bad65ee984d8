package com.sroworkflow;

import com.sroworkflow.directory.DirectoryApp;

/**
 * The same walk as {@link DemoUsersSeeTheirWorkTest} (work waiting for every role, each person sees
 * exactly their own tasks and filters), with the people, roles and schools coming from the embedded
 * demo directory instead of Camunda's tables.
 */
@DirectoryApp
class DirectoryPeopleSeeTheirWorkTest extends DemoUsersSeeTheirWorkTest {}
