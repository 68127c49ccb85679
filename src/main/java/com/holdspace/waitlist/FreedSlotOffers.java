package com.holdspace.waitlist;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import com.holdspace.booking.Availability;
import com.holdspace.booking.BookingChanged;
import com.holdspace.booking.BookingEventKind;
import com.holdspace.booking.BookingProperties;
import com.holdspace.booking.BookingService;
import com.holdspace.booking.BookingView;
import com.holdspace.booking.ClinicResources;
import com.holdspace.booking.SessionType;
import com.holdspace.client.Client;
import com.holdspace.client.ClientService;
import com.holdspace.messaging.Outbox;
import com.holdspace.staff.StaffDirectory;
import com.holdspace.staff.StaffMember;
import com.holdspace.system.ClinicTime;

/**
 * Offers a slot freed by a cancellation to the client who has waited longest for it, by email.
 * One client at a time is offered a given slot: offers are made under one lock, and a slot that
 * already has an open offer is not offered again.
 */
@Service
class FreedSlotOffers {

	static final String MESSAGE_KIND = "WAITLIST_OFFER";

	private static final Logger log = LoggerFactory.getLogger(FreedSlotOffers.class);

	/** Advisory-lock namespace: offers are made one at a time across the clinic. */
	private static final int OFFER_LOCK = 0x57_4c_4f_46;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final WaitlistEntryRepository entries;

	private final WaitlistOfferRepository offers;

	private final BookingService bookings;

	private final ClinicResources resources;

	private final Availability availability;

	private final ClientService clients;

	private final StaffDirectory staff;

	private final Outbox outbox;

	private final SlotWords words;

	private final BookingProperties properties;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate newTransaction;

	private final ZoneId zone;

	private final Clock clock;

	private final String publicUrl;

	FreedSlotOffers(WaitlistEntryRepository entries, WaitlistOfferRepository offers, BookingService bookings,
			ClinicResources resources, Availability availability, ClientService clients, StaffDirectory staff,
			Outbox outbox, SlotWords words, BookingProperties properties, JdbcTemplate jdbc, ClinicTime clinicTime,
			PlatformTransactionManager transactions,
			@Value("${holdspace.public-url:http://localhost:8080}") String publicUrl) {
		this.entries = entries;
		this.offers = offers;
		this.bookings = bookings;
		this.resources = resources;
		this.availability = availability;
		this.clients = clients;
		this.staff = staff;
		this.outbox = outbox;
		this.words = words;
		this.properties = properties;
		this.jdbc = jdbc;
		// the cancellation has committed: the offer is work of its own, and its failure undoes nothing
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.zone = clinicTime.zone();
		this.clock = clinicTime.clock();
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void onBookingChanged(BookingChanged changed) {
		if (changed.kind() != BookingEventKind.CANCELLED) {
			return;
		}
		try {
			offerFreedSlot(changed.bookingId());
		}
		catch (RuntimeException problem) {
			// the cancellation stands; staff can still book the slot by hand
			log.warn("Could not offer the slot freed by booking {} to the waitlist", changed.bookingId(), problem);
		}
	}

	/** Offers the slot of a cancelled booking to the oldest waiting entry that fits it, if any. */
	Optional<WaitlistOffer> offerFreedSlot(long cancelledBookingId) {
		return this.newTransaction.execute(status -> {
			this.jdbc.queryForList("select pg_advisory_xact_lock(?, ?)", OFFER_LOCK, 0);
			BookingView freed = this.bookings.view(cancelledBookingId);
			Instant now = this.clock.instant();
			if (!freed.isCancelled() || !freed.startsAt().isAfter(now) || alreadyOffered(freed, now)) {
				return Optional.empty();
			}
			for (WaitlistEntry entry : this.entries.waiting()) {
				Optional<WaitlistOffer> offer = offerTo(entry, freed, now);
				if (offer.isPresent()) {
					return offer;
				}
			}
			return Optional.empty();
		});
	}

	/** Whether an open offer already holds part of this therapist's freed time. */
	private boolean alreadyOffered(BookingView freed, Instant now) {
		return this.offers.openForTherapist(freed.therapistId(), now, freed.freeAt())
			.stream()
			.anyMatch(offer -> offer.getStartsAt()
				.plus(this.resources.sessionType(offer.getSessionTypeId()).occupies())
				.isAfter(freed.startsAt()));
	}

	private Optional<WaitlistOffer> offerTo(WaitlistEntry entry, BookingView freed, Instant now) {
		if (entry.getClientId() == freed.clientId()
				|| entry.getTherapistId() != null && entry.getTherapistId() != freed.therapistId()) {
			return Optional.empty();
		}
		SessionType type = this.resources.sessionType(entry.getSessionTypeId());
		Duration freedSpan = Duration.between(freed.startsAt(), freed.freeAt());
		boolean fits = type.getId() == freed.sessionTypeId() || type.occupies().compareTo(freedSpan) <= 0;
		if (!type.isActive() || !fits || !withinWindow(entry, freed.startsAt(), type)
				|| this.offers.existsByEntryIdAndStatusAndExpiresAtAfter(entry.getId(), OfferStatus.OPEN, now)) {
			return Optional.empty();
		}
		Client client = this.clients.get(entry.getClientId());
		if (client.getEmail() == null || client.getEmail().isBlank()
				|| this.bookings.readiness(client.getId()).blocks(type)) {
			return Optional.empty();
		}
		return freeRoom(freed, type).map(roomId -> {
			Instant expiresAt = earlier(now.plus(this.properties.offerValidity()), freed.startsAt());
			WaitlistOffer offer = this.offers.saveAndFlush(new WaitlistOffer(entry.getId(), newToken(),
					freed.therapistId(), roomId, type.getId(), freed.startsAt(), expiresAt));
			queueEmail(offer, client, type);
			return offer;
		});
	}

	private boolean withinWindow(WaitlistEntry entry, Instant startsAt, SessionType type) {
		LocalDateTime start = LocalDateTime.ofInstant(startsAt, this.zone);
		LocalDateTime end = LocalDateTime.ofInstant(startsAt.plus(type.duration()), this.zone);
		return entry.getWindows().stream().anyMatch(window -> window.contains(start, end));
	}

	/**
	 * The room for the offered session if the therapist is still free for it (working, no other
	 * booking since the cancellation): the cancelled booking's room first.
	 */
	private Optional<Long> freeRoom(BookingView freed, SessionType type) {
		Instant startsAt = freed.startsAt();
		Instant freeAt = startsAt.plus(type.occupies());
		if (!this.availability.withinWorkingHours(freed.therapistId(), startsAt, freeAt)) {
			return Optional.empty();
		}
		boolean therapistBusy = this.bookings.forTherapist(freed.therapistId(), startsAt.minus(Duration.ofDays(1)), freeAt)
			.stream()
			.anyMatch(other -> !other.isCancelled() && other.startsAt().isBefore(freeAt)
					&& other.freeAt().isAfter(startsAt));
		if (therapistBusy) {
			return Optional.empty();
		}
		return this.availability.freeRoom(startsAt, freeAt, freed.roomId(), null);
	}

	private void queueEmail(WaitlistOffer offer, Client client, SessionType type) {
		String therapist = this.staff.find(offer.getTherapistId()).map(StaffMember::displayName).orElse("");
		String body = this.words.text("waitlist.email.body", client.getCalledName(),
				this.words.day(offer.getStartsAt()),
				this.words.span(offer.getStartsAt(), offer.getStartsAt().plus(type.duration())), type.getName(),
				SlotWords.firstName(therapist), this.resources.room(offer.getRoomId()).getName(),
				this.publicUrl + "/offers/" + offer.getToken(), this.words.moment(offer.getExpiresAt()));
		// no booking id: the message is about a time, not about the cancelled client's booking
		this.outbox.queue(null, MESSAGE_KIND, client.getEmail(), this.words.text("waitlist.email.subject"), body, null,
				"waitlist-offer-" + offer.getId());
	}

	/** 32 random bytes, URL-safe: the link is the only key to the offer. */
	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static Instant earlier(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
