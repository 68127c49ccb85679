package com.holdspace.booking;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.modulith.NamedInterface;

/**
 * Booking settings a clinic may tune in {@code application.properties}.
 *
 * @param reminderLead how long before a session its reminder email is sent
 * @param slotStep the grid free start times are offered on
 * @param searchDays how far ahead "next free slots" and alternatives look
 * @param offerValidity how long a waitlist offer link stays open
 */
@NamedInterface("api")
@ConfigurationProperties("holdspace.booking")
public record BookingProperties(@DefaultValue("24h") Duration reminderLead, @DefaultValue("15m") Duration slotStep,
		@DefaultValue("28") int searchDays, @DefaultValue("12h") Duration offerValidity) {
}
