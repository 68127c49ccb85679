package com.holdspace.waitlist;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.holdspace.booking.ClinicResources;
import com.holdspace.booking.SessionTypeView;
import com.holdspace.client.ClientService;
import com.holdspace.shared.NotFoundException;
import com.holdspace.shared.StaleEditException;
import com.holdspace.site.Sites;
import com.holdspace.staff.StaffDirectory;
import com.holdspace.shared.ClinicTime;

/** Putting clients on the waitlist, listing who waits, and taking them off. */
@Service
class WaitlistService {

	/** Advisory-lock namespace: one client's entries are added one at a time. */
	private static final int ENTRY_LOCK = 0x57_4c_45_4e;

	private final WaitlistEntryRepository entries;

	private final WaitlistOfferRepository offers;

	private final ClientService clients;

	private final StaffDirectory staff;

	private final Sites sites;

	private final ClinicResources resources;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate writes;

	private final TransactionTemplate reads;

	private final Clock clock;

	WaitlistService(WaitlistEntryRepository entries, WaitlistOfferRepository offers, ClientService clients,
			StaffDirectory staff, ClinicResources resources, JdbcTemplate jdbc, ClinicTime clinicTime,
			PlatformTransactionManager transactions, Sites sites) {
		this.sites = sites;
		this.entries = entries;
		this.offers = offers;
		this.clients = clients;
		this.staff = staff;
		this.resources = resources;
		this.jdbc = jdbc;
		this.writes = new TransactionTemplate(transactions);
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.clock = clinicTime.clock();
	}

	/**
	 * Puts the client on the waitlist. A second submission asking for exactly the same (a double
	 * tap, or the same form sent again) returns the waiting entry the first one made: entries of one
	 * client are added under a lock, so even two racing submissions make one entry.
	 */
	WaitlistEntry add(long clientId, NewEntry request) {
		this.clients.get(clientId);
		return this.writes.execute(status -> {
			this.jdbc.queryForList("select pg_advisory_xact_lock(?, ?)", ENTRY_LOCK, (int) clientId);
			if (request.creationToken() != null) {
				var sameForm = this.entries.findByCreationToken(request.creationToken());
				if (sameForm.isPresent()) {
					return sameForm.get();
				}
			}
			long siteId = siteOf(request);
			return this.entries.waitingFor(clientId)
				.stream()
				.filter(entry -> entry.sameRequestAs(request.sessionTypeId(), request.therapistId(), siteId,
						request.windows(), request.note()))
				.findFirst()
				.orElseGet(() -> this.entries.saveAndFlush(new WaitlistEntry(request.creationToken(), clientId,
						request.sessionTypeId(), request.therapistId(), siteId, request.windows(), request.note())));
		});
	}

	/** A named therapist's site, else the site chosen for any therapist, else the default one. */
	private long siteOf(NewEntry request) {
		if (request.therapistId() != null) {
			return this.staff.siteOf(request.therapistId()).orElseGet(this.sites::defaultSiteId);
		}
		return this.sites.activeOrDefault(request.siteId());
	}

	/** Every waiting entry, oldest first. */
	List<EntryView> waiting() {
		return this.reads.execute(status -> views(this.entries.waiting()));
	}

	List<EntryView> waitingFor(long clientId) {
		return this.reads.execute(status -> views(this.entries.waitingFor(clientId)));
	}

	WaitlistEntry get(long id) {
		return this.reads.execute(status -> this.entries.findById(id)
			.orElseThrow(() -> new NotFoundException("Waitlist entry", id)));
	}

	/**
	 * Takes a waiting entry off the list, as seen at {@code seenVersion}; an offer still open for
	 * it closes, so its link no longer books.
	 */
	void remove(long id, int seenVersion) {
		try {
			this.writes.executeWithoutResult(status -> {
				WaitlistEntry entry = this.entries.findById(id)
					.orElseThrow(() -> new NotFoundException("Waitlist entry", id));
				if (entry.getVersion() != seenVersion || !entry.isWaiting()) {
					throw new StaleEditException("Waitlist entry", id);
				}
				entry.remove();
				this.offers.findByEntryIdAndStatus(id, OfferStatus.OPEN).forEach(WaitlistOffer::expire);
				this.entries.saveAndFlush(entry);
			});
		}
		catch (ObjectOptimisticLockingFailureException race) {
			throw new StaleEditException("Waitlist entry", id);
		}
	}

	private List<EntryView> views(List<WaitlistEntry> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		Set<Long> clientIds = ids(list, WaitlistEntry::getClientId);
		Map<Long, String> clientNames = this.clients.calledNames(clientIds);
		Map<Long, String> therapistNames = this.staff.displayNames(ids(list, WaitlistEntry::getTherapistId));
		Map<Long, String> typeNames = this.resources.typeNames();
		Map<Long, List<WaitlistOffer>> offersByEntry = this.offers
			.findByEntryIdInOrderByCreatedAtAsc(ids(list, WaitlistEntry::getId))
			.stream()
			.collect(Collectors.groupingBy(WaitlistOffer::getEntryId));
		Instant now = this.clock.instant();
		return list.stream().map(entry -> {
			List<WaitlistOffer> made = offersByEntry.getOrDefault(entry.getId(), List.of());
			Instant openUntil = made.stream()
				.filter(offer -> offer.isBookableAt(now))
				.map(WaitlistOffer::getExpiresAt)
				.findFirst()
				.orElse(null);
			List<WaitlistWindow> windows = entry.getWindows()
				.stream()
				.sorted(Comparator.comparing(WaitlistWindow::getDayOfWeek).thenComparing(WaitlistWindow::getStarts))
				.toList();
			return new EntryView(entry.getId(), entry.getVersion(), entry.getClientId(),
					clientNames.get(entry.getClientId()), typeNames.get(entry.getSessionTypeId()),
					(entry.getTherapistId() != null) ? therapistNames.get(entry.getTherapistId()) : null, windows,
					entry.getNote(), entry.getCreatedAt(), made.size(), openUntil);
		}).toList();
	}

	private static Set<Long> ids(List<WaitlistEntry> list, Function<WaitlistEntry, Long> id) {
		return list.stream().map(id).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
	}

}
