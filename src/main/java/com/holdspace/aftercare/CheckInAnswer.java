package com.holdspace.aftercare;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/** How the client felt when they answered their plan's check-in, as the portal shows it back. */
@NamedInterface("api")
public record CheckInAnswer(int feeling, String words, Instant sentAt, boolean urgent) {

	static CheckInAnswer of(AftercareCheckIn checkIn) {
		return new CheckInAnswer(checkIn.getFeeling(), checkIn.getWords(), checkIn.getSentAt(), checkIn.isUrgent());
	}

}
