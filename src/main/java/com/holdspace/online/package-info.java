/**
 * Clients booking themselves: the clinic's public booking page, a new client's time held until they
 * confirm it by the link emailed to them, and the lapsing of holds nobody confirmed.
 */
@ApplicationModule(displayName = "Online booking", allowedDependencies = { "audit::api", "booking::api",
		"client::api", "clinic::api", "messaging::api", "portal::api", "shared", "site::api", "staff::api" })
package com.holdspace.online;

import org.springframework.modulith.ApplicationModule;
