package com.holdspace.online;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.holdspace.booking.BookingService;

/** Frees, every minute, the times held for new clients who did not open their link in time. */
@Component
class LapsedHolds {

	private final BookingService bookings;

	LapsedHolds(BookingService bookings) {
		this.bookings = bookings;
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	int release() {
		return this.bookings.releaseLapsedHolds();
	}

}
