package com.holdspace.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BookingRepository extends JpaRepository<Booking, Long> {

	Optional<Booking> findByCreationToken(UUID creationToken);

	@Query(value = """
			select * from booking where booked_online and status = 'BOOKED' and starts_at >= :now
			order by (unconfirmed_until is null), unconfirmed_until, starts_at limit :limit""", nativeQuery = true)
	List<Booking> upcomingOnline(@Param("now") Instant now, @Param("limit") int limit);

	/** Online holds still open whose emailed link was not opened by {@code now}. */
	@Query("select b.id from Booking b where b.unconfirmedUntil < :now and b.status = com.holdspace.booking.BookingStatus.BOOKED order by b.id")
	List<Long> findLapsedHolds(@Param("now") Instant now);

	/**
	 * No booking spans more than a day (the database refuses one that would), so every search for
	 * what overlaps a span also starts no earlier than a day before it: an index range, not a scan
	 * of the clinic's whole history.
	 */
	Duration LONGEST = Duration.ofDays(1);

	/** Bookings that hold the therapist at some point between from and to (cancelled ones do not). */
	default List<Booking> holdingTherapist(long therapistId, Instant from, Instant to) {
		return holdingTherapist(therapistId, from.minus(LONGEST), from, to);
	}

	@Query("""
			select b from Booking b where b.therapistId = :therapistId and b.status <> com.holdspace.booking.BookingStatus.CANCELLED
			and b.startsAt > :earliest and b.startsAt < :to and b.freeAt > :from order by b.startsAt""")
	List<Booking> holdingTherapist(long therapistId, Instant earliest, Instant from, Instant to);

	default List<Booking> holdingRoom(long roomId, Instant from, Instant to) {
		return holdingRoom(roomId, from.minus(LONGEST), from, to);
	}

	@Query("""
			select b from Booking b where b.roomId = :roomId and b.status <> com.holdspace.booking.BookingStatus.CANCELLED
			and b.startsAt > :earliest and b.startsAt < :to and b.freeAt > :from order by b.startsAt""")
	List<Booking> holdingRoom(long roomId, Instant earliest, Instant from, Instant to);

	default List<Occupied> occupying(long therapistId, Instant from, Instant to) {
		return occupying(therapistId, from.minus(LONGEST), from, to);
	}

	@Query("""
			select new com.holdspace.booking.Occupied(b.id, b.startsAt, b.freeAt)
			from Booking b where b.therapistId = :therapistId and b.status <> com.holdspace.booking.BookingStatus.CANCELLED
			and b.startsAt > :earliest and b.startsAt < :to and b.freeAt > :from order by b.startsAt""")
	List<Occupied> occupying(long therapistId, Instant earliest, Instant from, Instant to);

	/** What a calendar shows: cancelled bookings too, so the front desk can see what happened. */
	default List<Booking> forTherapist(long therapistId, Instant from, Instant to) {
		return forTherapist(therapistId, from.minus(LONGEST), from, to);
	}

	@Query("""
			select b from Booking b where b.therapistId = :therapistId and b.startsAt > :earliest and b.startsAt < :to
			and b.endsAt > :from order by b.startsAt""")
	List<Booking> forTherapist(long therapistId, Instant earliest, Instant from, Instant to);

	/** What a day of several therapists shows, read at once. */
	default List<Booking> forTherapists(Collection<Long> therapistIds, Instant from, Instant to) {
		return therapistIds.isEmpty() ? List.of()
				: forTherapists(therapistIds.toArray(Long[]::new), from.minus(LONGEST), from, to);
	}

	/** The ids as one array parameter: a collection bound to {@code in} costs Hibernate an exception a call. */
	@Query(value = """
			select * from booking b where b.therapist_id = any(:therapistIds) and b.starts_at > :earliest
			and b.starts_at < :to and b.ends_at > :from order by b.starts_at""", nativeQuery = true)
	List<Booking> forTherapists(Long[] therapistIds, Instant earliest, Instant from, Instant to);

	default List<Booking> forRoom(long roomId, Instant from, Instant to) {
		return forRoom(roomId, from.minus(LONGEST), from, to);
	}

	@Query("""
			select b from Booking b where b.roomId = :roomId and b.startsAt > :earliest and b.startsAt < :to
			and b.endsAt > :from order by b.startsAt""")
	List<Booking> forRoom(long roomId, Instant earliest, Instant from, Instant to);

	List<Booking> findByClientIdOrderByStartsAtDesc(long clientId);

	long countByClientId(long clientId);

	/** A client's first bookings, earliest first. */
	@Query("select b from Booking b where b.clientId = :clientId order by b.startsAt, b.id")
	List<Booking> firstOfClient(long clientId, Limit limit);

	/** The client's bookings after the given one, in the same order: a page never skips or repeats one. */
	@Query("""
			select b from Booking b where b.clientId = :clientId
			and (b.startsAt > :startsAt or (b.startsAt = :startsAt and b.id > :id))
			order by b.startsAt, b.id""")
	List<Booking> ofClientAfter(long clientId, Instant startsAt, long id, Limit limit);

}
