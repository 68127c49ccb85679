package com.holdspace.waitlist;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import com.holdspace.booking.BookingViews;
import com.holdspace.booking.ClientReadiness;
import com.holdspace.booking.ClinicResources;
import com.holdspace.booking.SessionTypeView;
import com.holdspace.client.ClientView;
import com.holdspace.client.ClientService;
import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.SecretTokens;

/**
 * Offers freed time (a cancelled booking's, or an offer's that closed unbooked) to the client who
 * has waited longest for it, by email. One client at a time is offered a given time: offers are
 * made under one lock, and time that already has an open offer is not offered again.
 */
@Service
class FreedSlotOffers {

	private static final Logger log = LoggerFactory.getLogger(FreedSlotOffers.class);

	/** Advisory-lock namespace: offers are made one at a time across the clinic. */
	private static final int OFFER_LOCK = 0x57_4c_4f_46;

	private final WaitlistEntryRepository entries;

	private final WaitlistOfferRepository offers;

	private final BookingService bookings;

	private final ClientReadiness readiness;

	private final BookingViews bookingViews;

	private final ClinicResources resources;

	private final Availability availability;

	private final ClientService clients;

	private final OfferEmails emails;

	private final BookingProperties properties;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate newTransaction;

	private final TransactionTemplate newReads;

	private final ZoneId zone;

	private final Clock clock;

	FreedSlotOffers(WaitlistEntryRepository entries, WaitlistOfferRepository offers, BookingService bookings,
			ClientReadiness readiness, BookingViews bookingViews, ClinicResources resources, Availability availability,
			ClientService clients, OfferEmails emails, BookingProperties properties, JdbcTemplate jdbc,
			ClinicTime clinicTime, PlatformTransactionManager transactions) {
		this.entries = entries;
		this.offers = offers;
		this.bookings = bookings;
		this.readiness = readiness;
		this.bookingViews = bookingViews;
		this.resources = resources;
		this.availability = availability;
		this.clients = clients;
		this.emails = emails;
		this.properties = properties;
		this.jdbc = jdbc;
		// the cancellation has committed: the offer is work of its own, and its failure undoes nothing
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.newReads = new TransactionTemplate(transactions);
		this.newReads.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.newReads.setReadOnly(true);
		this.zone = clinicTime.zone();
		this.clock = clinicTime.clock();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void onBookingChanged(BookingChanged changed) {
		boolean cancelled = changed.kind() == BookingEventKind.CANCELLED;
		boolean moved = changed.kind() == BookingEventKind.RESCHEDULED && changed.freed() != null;
		if (!cancelled && !moved) {
			return;
		}
		try {
			if (cancelled) {
				offerFreedSlot(changed.bookingId());
			}
			else {
				// the time it moved away from; if the move still overlaps it, the therapist is busy and nothing is offered
				offer(FreedSlot.of(changed.freed()));
			}
		}
		catch (RuntimeException problem) {
			// the cancellation stands; staff can still book the slot by hand
			log.warn("Could not offer the slot freed by booking {} to the waitlist", changed.bookingId(), problem);
		}
	}

	/** Offers the time of a cancelled booking to the oldest waiting entry that fits it, if any. */
	Optional<WaitlistOffer> offerFreedSlot(long cancelledBookingId) {
		BookingView cancelled = this.newReads.execute(status -> this.bookingViews.view(cancelledBookingId));
		if (cancelled == null || !cancelled.isCancelled()) {
			return Optional.empty();
		}
		return offer(FreedSlot.of(cancelled));
	}

	/**
	 * Offers freed time to the oldest waiting entry it fits, if the time is still ahead, still free
	 * and not offered to anyone else just now. Each entry is tried in a transaction of its own, so an
	 * entry that cannot be offered the time does not keep it from the next.
	 */
	Optional<WaitlistOffer> offer(FreedSlot slot) {
		if (!slot.startsAt().isAfter(this.clock.instant())) {
			return Optional.empty();
		}
		List<Long> candidates = this.newReads.execute(status -> {
			Long site = this.resources.siteOfRoom(slot.roomId()).orElse(null);
			return this.entries.waiting()
				.stream()
				.filter(entry -> Objects.equals(entry.getSiteId(), site) && fits(entry, slot))
				.map(WaitlistEntry::getId)
				.toList();
		});
		for (long entryId : candidates) {
			Outcome outcome;
			try {
				outcome = this.newTransaction.execute(status -> tryOffer(entryId, slot));
			}
			catch (RuntimeException problem) {
				log.warn("Could not offer {} to waitlist entry {}", slot, entryId, problem);
				continue;
			}
			if (outcome.offer() != null) {
				return Optional.of(outcome.offer());
			}
			if (!outcome.slotFree()) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	/** Closes every open offer whose time to answer has run out. */
	void expireStale() {
		this.newTransaction.executeWithoutResult(status -> {
			lock();
			this.offers.expireStale(this.clock.instant());
		});
	}

	/**
	 * Under the offer lock: closes offers whose time ran out, so an entry whose last offer went
	 * unanswered counts as free again, then offers the time to this entry if it still waits, has no
	 * open offer (the database allows one) and was not offered this very time before.
	 */
	private Outcome tryOffer(long entryId, FreedSlot slot) {
		lock();
		Instant now = this.clock.instant();
		this.offers.expireStale(now);
		if (!slot.startsAt().isAfter(now) || alreadyOffered(slot, now)) {
			return Outcome.SLOT_GONE;
		}
		WaitlistEntry entry = this.entries.findById(entryId).orElse(null);
		if (entry == null || !entry.isWaiting() || this.offers.existsByEntryIdAndStatus(entryId, OfferStatus.OPEN)
				|| this.offers.offeredBefore(entryId, slot.therapistId(), slot.startsAt())) {
			return Outcome.SKIPPED;
		}
		SessionTypeView type = this.resources.typeView(entry.getSessionTypeId());
		ClientView client = this.clients.get(entry.getClientId());
		if (client.email() == null || client.email().isBlank()
				|| this.readiness.readiness(client.id()).blocks(type)) {
			return Outcome.SKIPPED;
		}
		return freeRoom(slot, type).map(roomId -> {
			Instant expiresAt = earlier(now.plus(this.properties.offerValidity()), slot.startsAt());
			String token = SecretTokens.newToken();
			WaitlistOffer offer = this.offers.saveAndFlush(new WaitlistOffer(entry.getId(), token,
					slot.therapistId(), roomId, type.id(), slot.startsAt(), expiresAt));
			this.emails.queue(offer, token, client, type);
			return new Outcome(offer, true);
		}).orElse(Outcome.SKIPPED);
	}

	/** Offers are made, and closed in bulk, one transaction at a time across the clinic. */
	private void lock() {
		this.jdbc.queryForList("select pg_advisory_xact_lock(?, ?)", OFFER_LOCK, 0);
	}

	/** Whether an open offer already holds part of this therapist's freed time. */
	private boolean alreadyOffered(FreedSlot slot, Instant now) {
		return this.offers.openForTherapist(slot.therapistId(), now, slot.freeAt())
			.stream()
			.anyMatch(offer -> offer.getStartsAt()
				.plus(this.resources.typeView(offer.getSessionTypeId()).occupies())
				.isAfter(slot.startsAt()));
	}

	/**
	 * Whether the entry asks for this time: therapist, a type that fits the freed span, and its days
	 * and hours. (Its site is checked by the caller, once for all entries.)
	 */
	private boolean fits(WaitlistEntry entry, FreedSlot slot) {
		if (entry.getClientId() == slot.excludedClientId()
				|| entry.getTherapistId() != null && entry.getTherapistId() != slot.therapistId()) {
			return false;
		}
		SessionTypeView type = this.resources.typeView(entry.getSessionTypeId());
		boolean fits = type.id() == slot.sessionTypeId() || type.occupies().compareTo(slot.span()) <= 0;
		return type.active() && fits && withinWindow(entry, slot.startsAt(), type);
	}

	private boolean withinWindow(WaitlistEntry entry, Instant startsAt, SessionTypeView type) {
		LocalDateTime start = LocalDateTime.ofInstant(startsAt, this.zone);
		LocalDateTime end = LocalDateTime.ofInstant(startsAt.plus(type.duration()), this.zone);
		return entry.getWindows().stream().anyMatch(window -> window.contains(start, end));
	}

	/**
	 * The room for the offered session if the therapist is still free for it (working, no other
	 * booking since the cancellation): the cancelled booking's room first.
	 */
	private Optional<Long> freeRoom(FreedSlot slot, SessionTypeView type) {
		Instant startsAt = slot.startsAt();
		Instant freeAt = startsAt.plus(type.occupies());
		if (!this.availability.withinWorkingHours(slot.therapistId(), startsAt, freeAt)) {
			return Optional.empty();
		}
		boolean therapistBusy = this.bookingViews.forTherapist(slot.therapistId(), startsAt.minus(Duration.ofDays(1)), freeAt)
			.stream()
			.anyMatch(other -> !other.isCancelled() && other.startsAt().isBefore(freeAt)
					&& other.freeAt().isAfter(startsAt));
		if (therapistBusy) {
			return Optional.empty();
		}
		return this.availability.freeRoom(slot.therapistId(), startsAt, freeAt, slot.roomId(), null);
	}

	/** 32 random bytes, URL-safe: the link is the only key to the offer. */
	private static Instant earlier(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	/** What trying one entry came to: an offer made, the entry passed over, or the time gone. */
	private record Outcome(WaitlistOffer offer, boolean slotFree) {

		static final Outcome SKIPPED = new Outcome(null, true);

		static final Outcome SLOT_GONE = new Outcome(null, false);

	}

}
