package com.holdspace.records;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.holdspace.aftercare.AftercareRecords;
import com.holdspace.aftercare.HandedOverPlan;
import com.holdspace.booking.BookingView;
import com.holdspace.booking.BookingViews;
import com.holdspace.client.ClientService;
import com.holdspace.consent.ConsentService;
import com.holdspace.intake.IntakeRecords;
import com.holdspace.session.SessionRecordInFull;
import com.holdspace.session.SessionRecords;

/**
 * Reads a client's whole record, section by section, so that nothing unbounded is ever held: the
 * small sections whole, in one read-only transaction, and the sections that grow with every visit
 * (session records, aftercare plans, bookings) a page of at most {@value #PAGE_SIZE} at a time, each
 * page in a short read-only transaction of its own and a fixed number of statements. Pages follow
 * one another by their last item (time, then id), so a record written meanwhile is never read twice.
 *
 * <p>The API, for documents built from the record (the PDF, the FHIR bundle):
 * <ul>
 * <li>{@link #read(long, RecordVisitor)}: the whole record to a {@link RecordVisitor}, in this order:
 * {@code size(RecordSize)}, {@code details(ClientView)}, {@code intake(List<IntakeVersionInFull>)},
 * {@code consents(List<ConsentRecord>)}, {@code holds(List<HoldRecord>)}, then
 * {@code sessions(RecordPage<SessionRecordInFull>)}, {@code aftercare(RecordPage<HandedOverPlan>)} and
 * {@code bookings(RecordPage<BookingView>)} once per page.</li>
 * <li>{@link #size(long)}: {@link RecordSize} (sessions, aftercare plans, bookings, and pages of each).</li>
 * <li>{@link #opening(long)}: {@link RecordOpening} (client, intake, consents, holds) in one transaction.</li>
 * <li>{@link #sessions(long, Consumer)}, {@link #aftercare(long, Consumer)}, {@link #bookings(long, Consumer)}:
 * one section, a page at a time.</li>
 * </ul>
 * The record types are the owning modules' copies: {@code client.ClientView} (with its
 * {@code EmergencyContact}s), {@code intake.IntakeVersionInFull} (answers in words and as the form, changes
 * since the version before, the client's own part and the therapist's changes to it),
 * {@code consent.ConsentRecord} (with its {@code Withdrawal}), {@code intake.HoldRecord} (reasons,
 * referral, clearance), {@code session.SessionRecordInFull} (check-in, entries with strike-outs, ending
 * with SOAP notes, signature, amendments), {@code aftercare.HandedOverPlan} (a {@code PlanSheet} and its
 * {@code CheckInAnswer}s) and {@code booking.BookingView}.
 */
@Service
public class ClientRecordReader {

	/** The most session records, plans or bookings read, and held, at once. */
	public static final int PAGE_SIZE = 20;

	/** The words the intake's answers are given in. */
	static final Locale LOCALE = Locale.UK;

	private final ClientService clients;

	private final IntakeRecords intake;

	private final ConsentService consents;

	private final SessionRecords sessions;

	private final AftercareRecords aftercare;

	private final BookingViews bookings;

	private final TransactionTemplate reads;

	ClientRecordReader(ClientService clients, IntakeRecords intake, ConsentService consents, SessionRecords sessions,
			AftercareRecords aftercare, BookingViews bookings, PlatformTransactionManager transactions) {
		this.clients = clients;
		this.intake = intake;
		this.consents = consents;
		this.sessions = sessions;
		this.aftercare = aftercare;
		this.bookings = bookings;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
	}

	/** The whole record, section by section, to the visitor (see {@link RecordVisitor} for the order). */
	public void read(long clientId, RecordVisitor visitor) {
		visitor.size(size(clientId));
		RecordOpening opening = opening(clientId);
		visitor.details(opening.client());
		visitor.intake(opening.intake());
		visitor.consents(opening.consents());
		visitor.holds(opening.holds());
		sessions(clientId, visitor::sessions);
		aftercare(clientId, visitor::aftercare);
		bookings(clientId, visitor::bookings);
	}

	/** How many session records, plans handed over and bookings the client has now. */
	public RecordSize size(long clientId) {
		return this.reads.execute(status -> new RecordSize(this.sessions.count(clientId),
				this.aftercare.count(clientId), this.bookings.countForClient(clientId)));
	}

	/** The client, their intake, consents and holds, read together; refuses an id that is no client's. */
	public RecordOpening opening(long clientId) {
		return this.reads.execute(status -> new RecordOpening(this.clients.get(clientId),
				this.intake.versions(clientId, LOCALE), this.consents.history(clientId), this.intake.holds(clientId)));
	}

	/** Every session record in full, in the order they were started, a page at a time. */
	public void sessions(long clientId, Consumer<RecordPage<SessionRecordInFull>> each) {
		inPages(each, (after, afterId) -> this.sessions.page(clientId, after, afterId, PAGE_SIZE),
				SessionRecordInFull::startedAt, SessionRecordInFull::id);
	}

	/** Every aftercare plan handed over, with the client's check-ins, in the order handed over, a page at a time. */
	public void aftercare(long clientId, Consumer<RecordPage<HandedOverPlan>> each) {
		inPages(each, (after, afterId) -> this.aftercare.page(clientId, after, afterId, PAGE_SIZE),
				plan -> plan.plan().handedOverAt(), plan -> plan.plan().id());
	}

	/** Every booking, cancelled ones too, earliest first, a page at a time. */
	public void bookings(long clientId, Consumer<RecordPage<BookingView>> each) {
		inPages(each, (after, afterId) -> this.bookings.forClient(clientId, after, afterId, PAGE_SIZE),
				BookingView::startsAt, BookingView::id);
	}

	/**
	 * Reads page after page, each in its own read-only transaction, until one comes back short. Only
	 * the last item's time and id are kept between pages, so a page is unreachable once handed over.
	 */
	private <T> void inPages(Consumer<RecordPage<T>> each, PageAfter<T> next, Function<T, Instant> time,
			ToLongFunction<T> id) {
		Key after = Key.FIRST;
		int number = 0;
		while (after != null) {
			Key from = after;
			List<T> items = this.reads.execute(status -> next.read(from.time(), from.id()));
			if (items.isEmpty()) {
				return;
			}
			after = (items.size() == PAGE_SIZE) ? Key.after(items, time, id) : null;
			each.accept(new RecordPage<>(++number, items));
		}
	}

	/** Where the next page starts: after this time and id; the first page has no time. */
	private record Key(Instant time, long id) {

		static final Key FIRST = new Key(null, 0);

		static <T> Key after(List<T> page, Function<T, Instant> time, ToLongFunction<T> id) {
			T last = page.get(page.size() - 1);
			return new Key(time.apply(last), id.applyAsLong(last));
		}

	}

	@FunctionalInterface
	private interface PageAfter<T> {

		/** The page after the item at this time with this id; the first page when the time is null. */
		List<T> read(Instant after, long afterId);

	}

}
