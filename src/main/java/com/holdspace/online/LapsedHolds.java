package com.holdspace.online;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.holdspace.booking.BookingService;

/**
 * Frees, every minute, the times held for new clients who did not open their link in time: one
 * instance at a time, since each release is a booking's cancellation with its history line.
 */
@Component
class LapsedHolds {

	private final BookingService bookings;

	LapsedHolds(BookingService bookings) {
		this.bookings = bookings;
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	@SchedulerLock(name = "online-lapsed-holds", lockAtMostFor = "PT5M")
	void release() {
		this.bookings.releaseLapsedHolds();
	}

}
