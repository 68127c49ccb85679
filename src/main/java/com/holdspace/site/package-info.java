/**
 * The clinic's sites and the site a person is working at.
 */
@ApplicationModule(displayName = "Sites", allowedDependencies = { "shared" })
package com.holdspace.site;

import org.springframework.modulith.ApplicationModule;
