package com.holdspace.booking;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BookingEventRepository extends JpaRepository<BookingEvent, Long> {

	List<BookingEvent> findByBookingIdOrderByOccurredAtAscIdAsc(long bookingId);

}
