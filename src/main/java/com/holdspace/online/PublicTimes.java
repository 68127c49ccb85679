package com.holdspace.online;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.holdspace.booking.BookingChanged;
import com.holdspace.booking.OnlineTimes;
import com.holdspace.booking.OnlineTimes.FreeTime;
import com.holdspace.shared.ClinicTime;

/**
 * The free times the public page shows, kept for a few seconds: every anonymous visitor asks for
 * the same few days, and working them out for each therapist of a clinic is the page's whole cost.
 * A booking made, moved or cancelled anywhere forgets them at once; what changes the hours (a day
 * off, new working hours) shows within {@link #KEPT}. Asking for a time never reads them: it checks
 * the time afresh ({@link OnlineBooking}).
 */
@Component
class PublicTimes {

	static final Duration KEPT = Duration.ofSeconds(10);

	/** Types, therapists and days are few; this bounds the map whatever visitors ask for. */
	private static final int MOST = 2_000;

	private final OnlineTimes times;

	private final Cache<Key, List<FreeTime>> kept;

	PublicTimes(OnlineTimes times, ClinicTime clinicTime) {
		this.times = times;
		Clock clock = clinicTime.clock();
		this.kept = Caffeine.newBuilder()
			.maximumSize(MOST)
			.expireAfterWrite(KEPT)
			// the clinic's clock, so a test that moves it sees the times worked out again
			.ticker(() -> clock.millis() * 1_000_000L)
			.build();
	}

	List<FreeTime> freeTimes(long typeId, Long therapistId, Long siteId, LocalDate day) {
		return this.kept.get(new Key(typeId, therapistId, siteId, day),
				key -> List.copyOf(this.times.freeTimes(typeId, therapistId, siteId, day, null, false)));
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void bookingChanged(BookingChanged changed) {
		this.kept.invalidateAll();
	}

	private record Key(long typeId, Long therapistId, Long siteId, LocalDate day) {
	}

}
