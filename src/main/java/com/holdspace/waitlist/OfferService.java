package com.holdspace.waitlist;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.holdspace.booking.Actor;
import com.holdspace.booking.BookingView;
import com.holdspace.booking.BookingEventKind;
import com.holdspace.booking.BookingRequest;
import com.holdspace.booking.BookingService;
import com.holdspace.booking.BookingStatus;
import com.holdspace.booking.BookingViews;
import com.holdspace.booking.ClinicResources;
import com.holdspace.booking.SessionTypeView;
import com.holdspace.booking.SlotTakenException;
import com.holdspace.client.ClientService;
import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.NotFoundException;
import com.holdspace.shared.Refused;
import com.holdspace.shared.SecretTokens;
import com.holdspace.staff.StaffDirectory;
import com.holdspace.staff.StaffMember;
import com.holdspace.waitlist.OfferPage.State;

/**
 * What an offer link shows and does. Showing never books (mail scanners open links); booking goes
 * through {@link BookingService}, whose exclusion constraints let only the first of two offers of
 * the same time win. One link books once, however often it is tapped.
 */
@Service
class OfferService {

	private final WaitlistOfferRepository offers;

	private final WaitlistEntryRepository entries;

	private final BookingService bookings;

	private final BookingViews bookingViews;

	private final ClinicResources resources;

	private final ClientService clients;

	private final StaffDirectory staff;

	private final SlotWords words;

	private final TransactionTemplate writes;

	private final TransactionTemplate reads;

	private final Clock clock;

	OfferService(WaitlistOfferRepository offers, WaitlistEntryRepository entries, BookingService bookings,
			BookingViews bookingViews, ClinicResources resources, ClientService clients, StaffDirectory staff, SlotWords words,
			ClinicTime clinicTime, PlatformTransactionManager transactions) {
		this.offers = offers;
		this.entries = entries;
		this.bookings = bookings;
		this.bookingViews = bookingViews;
		this.resources = resources;
		this.clients = clients;
		this.staff = staff;
		this.words = words;
		this.writes = new TransactionTemplate(transactions);
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.clock = clinicTime.clock();
	}

	/** The offer behind a link; an unknown token is not found. Changes nothing. */
	OfferPage page(String token) {
		return this.reads.execute(status -> {
			WaitlistOffer offer = find(token);
			boolean waiting = entry(offer).isWaiting();
			SessionTypeView type = this.resources.typeView(offer.getSessionTypeId());
			String therapist = this.staff.find(offer.getTherapistId()).map(StaffMember::displayName).orElse("");
			return new OfferPage(state(offer, waiting), this.words.day(offer.getStartsAt()),
					this.words.span(offer.getStartsAt(), offer.getStartsAt().plus(type.duration())), type.name(),
					SlotWords.firstName(therapist), this.resources.roomName(offer.getRoomId()),
					this.words.moment(offer.getExpiresAt()), waiting);
		});
	}

	/**
	 * Books the offered time for the waiting client if the offer is still open and the time still
	 * free. Afterwards the offer is accepted (and the entry booked), taken, or expired, which
	 * {@link #page(String)} then shows.
	 */
	void accept(String token) {
		WaitlistOffer offer = this.reads.execute(status -> find(token));
		if (offer.getStatus() != OfferStatus.OPEN) {
			return;
		}
		WaitlistEntry entry = this.reads.execute(status -> entry(offer));
		if (!offer.isBookableAt(this.clock.instant()) || !entry.isWaiting()) {
			close(token, WaitlistOffer::expire);
			return;
		}
		String clientName = this.clients.get(entry.getClientId()).calledName();
		BookingView booking;
		try {
			// outside any transaction of ours: a refused insert must not poison one we still need
			booking = this.bookings.book(
					new BookingRequest(creationToken(token), entry.getClientId(), offer.getSessionTypeId(),
							offer.getTherapistId(), offer.getRoomId(), offer.getStartsAt()),
					new Actor(null, clientName + " (waitlist link)"), BookingEventKind.BOOKED_FROM_WAITLIST);
		}
		catch (SlotTakenException | Refused taken) {
			close(token, WaitlistOffer::taken);
			return;
		}
		this.writes.executeWithoutResult(status -> {
			WaitlistOffer locked = this.offers.lockByTokenSha256(SecretTokens.sha256(token)).orElseThrow();
			locked.accept(booking.id());
			this.entries.lockById(locked.getEntryId()).orElseThrow().booked(booking.id());
		});
	}

	/** The same link always carries the same creation token, so a second tap finds the first booking. */
	static UUID creationToken(String offerToken) {
		return UUID.nameUUIDFromBytes(("waitlist-offer:" + offerToken).getBytes(StandardCharsets.UTF_8));
	}

	private State state(WaitlistOffer offer, boolean entryWaiting) {
		return switch (offer.getStatus()) {
			case ACCEPTED -> (this.bookingViews.view(offer.getBookingId()).status() == BookingStatus.CANCELLED)
					? State.CLOSED : State.BOOKED;
			case TAKEN -> State.TAKEN;
			case EXPIRED -> entryWaiting ? State.EXPIRED : State.CLOSED;
			case OPEN -> {
				if (!entryWaiting) {
					yield State.CLOSED;
				}
				yield offer.isBookableAt(this.clock.instant()) ? State.OPEN : State.EXPIRED;
			}
		};
	}

	private void close(String token, java.util.function.Consumer<WaitlistOffer> how) {
		this.writes.executeWithoutResult(status -> this.offers.lockByTokenSha256(SecretTokens.sha256(token)).ifPresent(how));
	}

	private WaitlistOffer find(String token) {
		return this.offers.findByTokenSha256(SecretTokens.sha256(token)).orElseThrow(() -> new NotFoundException("Offer", "link"));
	}

	private WaitlistEntry entry(WaitlistOffer offer) {
		return this.entries.findById(offer.getEntryId())
			.orElseThrow(() -> new NotFoundException("Waitlist entry", offer.getEntryId()));
	}

}
