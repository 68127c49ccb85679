/**
 * The waiting list and the offers of freed times.
 */
@ApplicationModule(displayName = "Waiting list", allowedDependencies = {
		"booking::api", "client::api", "messaging::api", "shared", "site::api", "staff::api" })
package com.holdspace.waitlist;

import org.springframework.modulith.ApplicationModule;
