package com.holdspace.booking;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Limit;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.holdspace.client.ClientService;
import com.holdspace.shared.NotFoundException;
import com.holdspace.staff.StaffDirectory;

/**
 * Bookings as pages and other modules read them: one booking, a calendar's span, a client's
 * sessions and a booking's history, each with the names it shows added in one query per kind of
 * name. Changing a booking is {@link BookingService}'s.
 */
@NamedInterface("api")
@Service
public class BookingViews {

	private final BookingRepository bookings;

	private final BookingEventRepository events;

	private final ClientService clients;

	private final StaffDirectory staff;

	private final ClinicResources resources;

	private final TransactionTemplate reads;

	BookingViews(BookingRepository bookings, BookingEventRepository events, ClientService clients,
			StaffDirectory staff, ClinicResources resources, PlatformTransactionManager transactions) {
		this.bookings = bookings;
		this.events = events;
		this.clients = clients;
		this.staff = staff;
		this.resources = resources;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
	}

	/** The row itself, for booking's own commands and pages. */
	Booking find(long bookingId) {
		return this.reads.execute(status -> this.bookings.findById(bookingId)
			.orElseThrow(() -> new NotFoundException("Booking", bookingId)));
	}

	public BookingView view(long bookingId) {
		return view(find(bookingId));
	}

	BookingView view(Booking booking) {
		return views(List.of(booking)).get(0);
	}

	/** The booking a form made, by the form's creation token, if it made one. */
	public Optional<BookingView> madeBy(UUID creationToken) {
		return this.reads.execute(status -> this.bookings.findByCreationToken(creationToken)).map(this::view);
	}

	public List<BookingEvent> history(long bookingId) {
		return this.reads.execute(status -> this.events.findByBookingIdOrderByOccurredAtAscIdAsc(bookingId));
	}

	public List<BookingView> forTherapist(long therapistId, Instant from, Instant to) {
		return views(this.reads.execute(status -> this.bookings.forTherapist(therapistId, from, to)));
	}

	public List<BookingView> forTherapists(Collection<Long> therapistIds, Instant from, Instant to) {
		if (therapistIds.isEmpty()) {
			return List.of();
		}
		return views(this.reads.execute(status -> this.bookings.forTherapists(therapistIds, from, to)));
	}

	public List<BookingView> forRoom(long roomId, Instant from, Instant to) {
		return views(this.reads.execute(status -> this.bookings.forRoom(roomId, from, to)));
	}

	/** Online bookings still open from now on, the ones waiting for their emailed link first. */
	public List<BookingView> upcomingOnline(Instant now, int limit) {
		return views(this.reads.execute(status -> this.bookings.upcomingOnline(now, limit)));
	}

	public List<BookingView> forClient(long clientId) {
		return views(this.reads.execute(status -> this.bookings.findByClientIdOrderByStartsAtDesc(clientId)));
	}

	public int countForClient(long clientId) {
		return this.reads.execute(status -> (int) this.bookings.countByClientId(clientId));
	}

	/**
	 * A client's bookings a page at a time, earliest first: the next {@code size} after the one
	 * starting at {@code afterStartsAt} with id {@code afterId}, or the first when {@code afterStartsAt}
	 * is null. The same few statements a page, however many bookings the client has.
	 */
	public List<BookingView> forClient(long clientId, Instant afterStartsAt, long afterId, int size) {
		return this.reads.execute(status -> views((afterStartsAt == null)
				? this.bookings.firstOfClient(clientId, Limit.of(size))
				: this.bookings.ofClientAfter(clientId, afterStartsAt, afterId, Limit.of(size))));
	}

	/** Adds names to bookings with one query per kind of name, however many bookings there are. */
	List<BookingView> views(List<Booking> list) {
		Map<Long, String> clientNames = this.clients.calledNames(ids(list, Booking::getClientId));
		Map<Long, String> therapistNames = this.staff.displayNames(ids(list, Booking::getTherapistId));
		Map<Long, String> roomNames = this.resources.roomNames(ids(list, Booking::getRoomId));
		Map<Long, String> typeNames = this.resources.sessionTypes(ids(list, Booking::getSessionTypeId))
			.values()
			.stream()
			.collect(Collectors.toMap(SessionType::getId, SessionType::getName));
		return list.stream()
			.map(b -> new BookingView(b.getId(), b.getVersion(), b.getClientId(), clientNames.get(b.getClientId()),
					b.getTherapistId(), therapistNames.get(b.getTherapistId()), b.getRoomId(),
					roomNames.get(b.getRoomId()), b.getSessionTypeId(), typeNames.get(b.getSessionTypeId()),
					b.getStartsAt(), b.getEndsAt(), b.getFreeAt(), b.getStatus(), b.getCancelReason(),
					b.getCalendarUid(), b.getCalendarSequence(), b.isBookedOnline(), b.getUnconfirmedUntil()))
			.toList();
	}

	private static Set<Long> ids(Collection<Booking> list, Function<Booking, Long> id) {
		Set<Long> ids = new HashSet<>();
		list.forEach(booking -> ids.add(id.apply(booking)));
		return ids;
	}

}
