package com.holdspace.session;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SessionRecordRepository extends JpaRepository<SessionRecord, Long> {

	Optional<SessionRecord> findByCreationToken(UUID creationToken);

	Optional<SessionRecord> findByBookingId(long bookingId);

}
