/**
 * The session record: check-in, touch blocks, pauses, release events, grounding, the stop signal,
 * signing and amendments.
 */
@ApplicationModule(displayName = "Session room", allowedDependencies = {
		"audit::api", "booking::api", "client::api", "clinic::api", "consent::api", "intake::api",
		"shared", "staff::api" })
package com.holdspace.session;

import org.springframework.modulith.ApplicationModule;
