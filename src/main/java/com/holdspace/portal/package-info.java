/**
 * What a client sees of their own record on their phone, and nothing of anyone else's.
 */
@ApplicationModule(displayName = "Client portal", allowedDependencies = {
		"aftercare::api", "audit::api", "booking::api", "client::api", "clinic::api",
		"consent::api", "intake::api", "messaging::api", "security::api", "shared", "staff::api" })
package com.holdspace.portal;

import org.springframework.modulith.ApplicationModule;
