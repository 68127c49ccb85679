/**
 * The plumbing every request passes through and nothing imports: filters, security headers, static
 * files, error pages, session limits and touches, date binding and the layout's view of who is
 * looking.
 */
@ApplicationModule(displayName = "Web", allowedDependencies = "shared")
package com.holdspace.web;

import org.springframework.modulith.ApplicationModule;
