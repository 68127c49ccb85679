package com.holdspace.waitlist;

import java.time.Clock;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.holdspace.booking.ClinicResources;
import com.holdspace.shared.ClinicTime;

/**
 * Closes offers nobody answered in time, and passes on the time of every offer that closed
 * unbooked (it ran out, its link was tapped too late, or its entry left the list) to the next
 * waiting client it fits, while the time is still ahead. Each closed offer is passed on once, and
 * nobody is offered the same time twice, so the time travels down the list until someone books it.
 */
@Component
class OfferExpiry {

	static final int BATCH = 50;

	private static final Logger log = LoggerFactory.getLogger(OfferExpiry.class);

	private final WaitlistOfferRepository offers;

	private final WaitlistEntryRepository entries;

	private final FreedSlotOffers freedSlots;

	private final ClinicResources resources;

	private final TransactionTemplate writes;

	private final TransactionTemplate reads;

	private final Clock clock;

	OfferExpiry(WaitlistOfferRepository offers, WaitlistEntryRepository entries, FreedSlotOffers freedSlots,
			ClinicResources resources, ClinicTime clinicTime, PlatformTransactionManager transactions) {
		this.offers = offers;
		this.entries = entries;
		this.freedSlots = freedSlots;
		this.resources = resources;
		this.writes = new TransactionTemplate(transactions);
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.clock = clinicTime.clock();
	}

	/** The scheduled job; on several app instances only one runs it at a time. */
	@Scheduled(fixedDelayString = "${holdspace.waitlist.expiry-interval:PT1M}")
	@SchedulerLock(name = "waitlist-offers", lockAtMostFor = "PT5M")
	public void run() {
		this.freedSlots.expireStale();
		List<WaitlistOffer> closed;
		do {
			closed = this.reads.execute(status -> this.offers.toPassOn(BATCH));
			closed.forEach(this::passOn);
		}
		while (closed.size() == BATCH);
	}

	private void passOn(WaitlistOffer closed) {
		if (closed.getStartsAt().isAfter(this.clock.instant())) {
			try {
				long clientId = this.reads.execute(status -> this.entries.findById(closed.getEntryId())
					.orElseThrow()
					.getClientId());
				this.freedSlots
					.offer(FreedSlot.of(closed, this.resources.typeView(closed.getSessionTypeId()), clientId));
			}
			catch (RuntimeException problem) {
				// staff can still book the time by hand; it is not tried again every minute
				log.warn("Could not pass on the time of waitlist offer {}", closed.getId(), problem);
			}
		}
		// after the offer, not before: run again, an open offer of the time keeps it from a second one
		this.writes.execute(status -> this.offers.passedOn(closed.getId(), this.clock.instant()));
	}

}
