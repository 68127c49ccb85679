/**
 * The client's whole record as it leaves the clinic: one readable PDF and a FHIR R4 bundle, built in
 * the background a part at a time, asked for by the clinic or by the client from their portal, and
 * released to the client by a named person.
 */
@ApplicationModule(displayName = "Whole record", allowedDependencies = { "aftercare::api", "audit::api",
		"booking::api", "client::api", "clinic::api", "consent::api", "intake::api", "messaging::api",
		"session::api", "shared", "staff::api" })
package com.holdspace.records;

import org.springframework.modulith.ApplicationModule;
