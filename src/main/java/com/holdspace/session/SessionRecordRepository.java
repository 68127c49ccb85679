package com.holdspace.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SessionRecordRepository extends JpaRepository<SessionRecord, Long> {

	Optional<SessionRecord> findByCreationToken(UUID creationToken);

	Optional<SessionRecord> findByBookingId(long bookingId);

	/**
	 * What a client's timeline shows of each session, newest first: read as a projection, so the
	 * encrypted notes it does not show are neither read nor decrypted.
	 */
	@Query("""
			select new com.holdspace.session.SessionRecordRepository$TimelineRow(r.id, r.startedAt, r.therapistId,
			r.therapistName, r.bookingId, r.tensionBefore, r.tensionAfter, r.signedAt)
			from SessionRecord r where r.clientId = :clientId order by r.startedAt desc""")
	List<TimelineRow> timelineOf(long clientId, Pageable page);

	record TimelineRow(long id, Instant startedAt, long therapistId, String therapistName, Long bookingId,
			Integer tensionBefore, Integer tensionAfter, Instant signedAt) {
	}

}
