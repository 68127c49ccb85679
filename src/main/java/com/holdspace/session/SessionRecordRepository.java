package com.holdspace.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SessionRecordRepository extends JpaRepository<SessionRecord, Long> {

	Optional<SessionRecord> findByCreationToken(UUID creationToken);

	Optional<SessionRecord> findByBookingId(long bookingId);

	long countByClientId(long clientId);

	/** A client's first records, in the order they were started. */
	@Query("select r from SessionRecord r where r.clientId = :clientId order by r.startedAt, r.id")
	List<SessionRecord> firstOf(long clientId, Limit limit);

	/** The client's records started after the given one, in order: a page that never skips or repeats one. */
	@Query("""
			select r from SessionRecord r where r.clientId = :clientId
			and (r.startedAt > :startedAt or (r.startedAt = :startedAt and r.id > :id))
			order by r.startedAt, r.id""")
	List<SessionRecord> after(long clientId, Instant startedAt, long id, Limit limit);

}
