/**
 * Emails and calendar invitations, sent through an outbox, and reminders.
 */
@ApplicationModule(displayName = "Messaging",
		allowedDependencies = { "booking::api", "client::api", "shared", "staff::api" })
package com.holdspace.messaging;

import org.springframework.modulith.ApplicationModule;
