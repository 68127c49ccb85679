/**
 * Sessions booked: types, rooms, working hours, time off, availability, the calendars and a
 * booking's history.
 */
@ApplicationModule(displayName = "Booking",
		allowedDependencies = { "client::api", "shared", "site::api", "staff::api" })
package com.holdspace.booking;

import org.springframework.modulith.ApplicationModule;
