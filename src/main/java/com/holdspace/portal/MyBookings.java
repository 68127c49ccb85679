package com.holdspace.portal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.holdspace.booking.Actor;
import com.holdspace.booking.BookingRequest;
import com.holdspace.booking.BookingService;
import com.holdspace.booking.BookingView;
import com.holdspace.booking.BookingViews;
import com.holdspace.booking.OnlineTimes;
import com.holdspace.booking.SlotTakenException;
import com.holdspace.clinic.ClinicSettings;
import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.NotFoundException;
import com.holdspace.shared.Refused;
import com.holdspace.staff.StaffDirectory;

/**
 * A returning client booking, moving and cancelling their own sessions. Every booking is looked up
 * for the signed-in client: another client's is not found. A change is taken only while the start
 * is further away than the clinic's notice period; nearer than that the client phones, so a
 * therapist's day is not emptied at the last moment without a person hearing why.
 */
@Service
class MyBookings {

	/** The reason kept in the booking's history; the client is not asked to explain themself. */
	static final String CANCELLED_ONLINE = "Cancelled by the client on their page";

	private final BookingService bookings;

	private final BookingViews views;

	private final OnlineTimes times;

	private final ClinicSettings settings;

	private final ClinicTime clinicTime;

	private final StaffDirectory staff;

	MyBookings(BookingService bookings, BookingViews views, OnlineTimes times, ClinicSettings settings,
			ClinicTime clinicTime, StaffDirectory staff) {
		this.staff = staff;
		this.bookings = bookings;
		this.views = views;
		this.times = times;
		this.settings = settings;
		this.clinicTime = clinicTime;
	}

	/** The client's sessions still to come, soonest first; cancelled ones are left out. */
	List<BookingView> upcoming(long clientId) {
		Instant now = this.clinicTime.clock().instant();
		return this.views.forClient(clientId)
			.stream()
			// a time held for an emailed link nobody has opened yet is not the client's session
			.filter(booking -> booking.isOpen() && !booking.isUnconfirmed() && booking.endsAt().isAfter(now))
			.sorted(Comparator.comparing(BookingView::startsAt))
			.toList();
	}

	/**
	 * Where the client comes for their sessions: the site of the therapist they saw last (a chain's
	 * other clinics are not offered), or null for a client the clinic has not booked yet.
	 */
	Long homeSite(long clientId) {
		return this.views.forClient(clientId)
			.stream()
			.findFirst()
			.flatMap(latest -> this.staff.siteOf(latest.therapistId()))
			.orElse(null);
	}

	/** The site of the therapist a booking is with: a move stays at that clinic. */
	Long siteOf(BookingView booking) {
		return this.staff.siteOf(booking.therapistId()).orElse(null);
	}

	/** One of the client's own bookings; anyone else's, or none, is not found. */
	BookingView own(long clientId, long bookingId) {
		BookingView booking = this.views.view(bookingId);
		if (booking.clientId() != clientId) {
			throw new NotFoundException("Booking", bookingId);
		}
		return booking;
	}

	/** Whether the client may still move or cancel it themself: open, and further away than the notice. */
	boolean changeable(BookingView booking) {
		return booking.isOpen()
				&& booking.startsAt().isAfter(this.clinicTime.clock().instant().plus(this.settings.onlineChangeNotice()));
	}

	/**
	 * Whether the client may move it here: changeable, and a session they may have now (a session
	 * with touch is moved by phone while their somatic work is paused; the page never says why).
	 */
	boolean movable(BookingView booking) {
		return changeable(booking) && this.times.allowedFor(booking.clientId(), booking.sessionTypeId());
	}

	/**
	 * Of these sessions, the ones the clinic calls the client about first: touch, while their somatic
	 * work is paused. The client is told the clinic will call, never why.
	 */
	List<Long> clinicCallsFirst(long clientId, List<BookingView> sessions) {
		java.util.Set<Long> notNow = this.times.typesNotNow(clientId);
		return sessions.stream().filter(booking -> notNow.contains(booking.sessionTypeId())).map(BookingView::id).toList();
	}

	Duration notice() {
		return this.settings.onlineChangeNotice();
	}

	/** Books a type offered to returning clients online, confirmed at once (they are known to the clinic). */
	BookingView book(long clientId, UUID creationToken, long sessionTypeId, long therapistId, Instant startsAt) {
		this.times.typeForReturning(clientId, sessionTypeId);
		BookingRequest request = new BookingRequest(creationToken, clientId, sessionTypeId, therapistId, null,
				startsAt);
		return phoneInstead(() -> this.bookings.bookOnline(request, null));
	}

	BookingView move(long clientId, long bookingId, int version, long therapistId, Instant startsAt) {
		BookingView booking = changeableOwn(clientId, bookingId);
		return phoneInstead(() -> this.bookings.reschedule(booking.id(), version, therapistId, null, startsAt,
				Actor.CLIENT_ONLINE));
	}

	BookingView cancel(long clientId, long bookingId, int version) {
		BookingView booking = changeableOwn(clientId, bookingId);
		return this.bookings.cancel(booking.id(), version, CANCELLED_ONLINE, Actor.CLIENT_ONLINE);
	}

	private BookingView changeableOwn(long clientId, long bookingId) {
		BookingView booking = own(clientId, bookingId);
		if (!booking.isOpen()) {
			throw Refused.because("portal.bookings.refused.closed");
		}
		if (!changeable(booking)) {
			throw Refused.because("portal.bookings.refused.notice", this.settings.onlineChangeNotice().toHours());
		}
		return booking;
	}

	/**
	 * The desk's refusal names the hold on somatic work; the client is told only to phone, and a
	 * person there says what they need to hear.
	 */
	private static BookingView phoneInstead(java.util.function.Supplier<BookingView> change) {
		try {
			return change.get();
		}
		catch (SlotTakenException taken) {
			// someone booked it a moment ago: the page offers the day's free times again
			throw Refused.because("portal.bookings.refused.taken");
		}
		catch (Refused refused) {
			if (refused.codes().contains("booking.refused.on-hold")) {
				throw Refused.because("portal.bookings.refused.phone");
			}
			throw refused;
		}
	}

}
