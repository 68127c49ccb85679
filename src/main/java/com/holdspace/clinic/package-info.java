/**
 * Settings an admin keeps for the whole clinic, crisis lines among them.
 */
@ApplicationModule(displayName = "Clinic settings", allowedDependencies = { "shared", "staff::api" })
package com.holdspace.clinic;

import org.springframework.modulith.ApplicationModule;
