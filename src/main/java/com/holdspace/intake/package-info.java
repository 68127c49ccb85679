/**
 * The SAFE intake, its screening flags, the body map and the clinical holds it raises and a named
 * person clears.
 */
@ApplicationModule(displayName = "SAFE intake", allowedDependencies = {
		"audit::api", "booking::api", "client::api", "clinic::api", "consent::api", "shared", "staff::api" })
package com.holdspace.intake;

import org.springframework.modulith.ApplicationModule;
