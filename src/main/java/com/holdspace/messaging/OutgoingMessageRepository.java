package com.holdspace.messaging;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutgoingMessageRepository extends JpaRepository<OutgoingMessage, Long> {

	List<OutgoingMessage> findByBookingIdOrderByIdAsc(Long bookingId);

}
