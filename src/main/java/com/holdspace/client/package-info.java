/**
 * The client's details, emergency contacts, search and the client page, which shows the cards
 * other modules contribute.
 */
@ApplicationModule(displayName = "Clients", allowedDependencies = { "audit::api", "shared", "staff::api" })
package com.holdspace.client;

import org.springframework.modulith.ApplicationModule;
