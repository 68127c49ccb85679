package com.holdspace.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.holdspace.client.ClientHubCard;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.system.ClinicTime;

/**
 * The client's sessions on their page, with a way to book the next one. The front desk and admin
 * see every session; a therapist sees their own sessions with the client only, as on their calendar:
 * a colleague's times are not theirs to know (the signed records of past sessions are clinical
 * history, and clinical staff read those on the session timeline).
 */
@Component
class BookingHubCard implements ClientHubCard {

	private static final int PAST_SHOWN = 3;

	private final BookingService bookings;

	private final ClinicTime clinicTime;

	BookingHubCard(BookingService bookings, ClinicTime clinicTime) {
		this.bookings = bookings;
		this.clinicTime = clinicTime;
	}

	@Override
	public int order() {
		return 5;
	}

	@Override
	public Optional<Card> cardFor(long clientId, Reader viewer) {
		if (!(viewer.principal() instanceof HoldspaceUser user) || !user.getRole().isStaff()) {
			return Optional.empty();
		}
		Instant startOfToday = LocalDate.now(this.clinicTime.clock()).atStartOfDay(this.clinicTime.zone()).toInstant();
		List<BookingView> all = this.bookings.forClient(clientId)
			.stream()
			.filter(booking -> !BookingAccess.isTherapist(user) || booking.therapistId() == user.getAccountId())
			.toList();
		List<BookingView> upcoming = all.stream()
			.filter(b -> !b.startsAt().isBefore(startOfToday) && !b.isCancelled())
			.sorted(java.util.Comparator.comparing(BookingView::startsAt))
			.toList();
		List<BookingView> past = all.stream()
			.filter(b -> b.startsAt().isBefore(startOfToday) || b.isCancelled())
			.limit(PAST_SHOWN)
			.toList();
		return Optional.of(new Card("booking/hub-card", Map.of("clientId", clientId, "upcoming", upcoming, "past", past,
				"ownOnly", BookingAccess.isTherapist(user))));
	}

}
