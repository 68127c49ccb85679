package com.holdspace.booking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BookingRepository extends JpaRepository<Booking, Long> {

	Optional<Booking> findByCreationToken(UUID creationToken);

	/** Bookings that hold the therapist at some point between from and to (cancelled ones do not). */
	@Query("""
			select b from Booking b where b.therapistId = :therapistId and b.status <> com.holdspace.booking.BookingStatus.CANCELLED
			and b.startsAt < :to and b.freeAt > :from order by b.startsAt""")
	List<Booking> holdingTherapist(long therapistId, Instant from, Instant to);

	@Query("""
			select b from Booking b where b.roomId = :roomId and b.status <> com.holdspace.booking.BookingStatus.CANCELLED
			and b.startsAt < :to and b.freeAt > :from order by b.startsAt""")
	List<Booking> holdingRoom(long roomId, Instant from, Instant to);

	@Query("""
			select b from Booking b where b.status <> com.holdspace.booking.BookingStatus.CANCELLED
			and b.startsAt < :to and b.freeAt > :from order by b.startsAt""")
	List<Booking> holdingAnything(Instant from, Instant to);

	/** What a calendar shows: cancelled bookings too, so the front desk can see what happened. */
	@Query("select b from Booking b where b.therapistId = :therapistId and b.startsAt < :to and b.endsAt > :from order by b.startsAt")
	List<Booking> forTherapist(long therapistId, Instant from, Instant to);

	@Query("select b from Booking b where b.roomId = :roomId and b.startsAt < :to and b.endsAt > :from order by b.startsAt")
	List<Booking> forRoom(long roomId, Instant from, Instant to);

	List<Booking> findByClientIdOrderByStartsAtDesc(long clientId);

}
