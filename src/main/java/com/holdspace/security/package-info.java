/**
 * The security rules, password sign-in, its throttle, the home page and the kiosk hand-over.
 */
@ApplicationModule(displayName = "Sign-in", allowedDependencies = { "shared", "staff::api" })
package com.holdspace.security;

import org.springframework.modulith.ApplicationModule;
