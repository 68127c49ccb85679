/**
 * Consent texts, signed consents and their withdrawal, and the signed PDF.
 */
@ApplicationModule(displayName = "Consent",
		allowedDependencies = { "audit::api", "booking::api", "client::api", "clinic::api", "shared", "staff::api" })
package com.holdspace.consent;

import org.springframework.modulith.ApplicationModule;
