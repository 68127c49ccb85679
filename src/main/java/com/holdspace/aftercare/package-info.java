/**
 * Aftercare plans written from a session, the client's check-ins and the printed sheet.
 */
@ApplicationModule(displayName = "Aftercare", allowedDependencies = {
		"audit::api", "booking::api", "client::api", "clinic::api", "messaging::api",
		"session::api", "shared", "staff::api" })
package com.holdspace.aftercare;

import org.springframework.modulith.ApplicationModule;
