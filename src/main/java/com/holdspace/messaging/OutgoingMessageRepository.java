package com.holdspace.messaging;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutgoingMessageRepository extends JpaRepository<OutgoingMessage, Long> {

	List<OutgoingMessage> findByBookingIdOrderByIdAsc(Long bookingId);

	boolean existsByDedupeKey(String dedupeKey);

	/**
	 * Locks the next unsent message after {@code afterId} that is due: never tried, or tried and
	 * failed long enough ago (the wait doubles with each attempt, counted from when it was queued).
	 * A message another sender has locked is skipped, so no message goes out twice at once.
	 */
	@Query(value = """
			select * from outgoing_message
			where sent_at is null and id > :afterId and attempts < :maxAttempts
			  and (attempts = 0
			       or created_at + make_interval(secs => cast(:retrySeconds as double precision) * (power(2, attempts) - 1)) <= :now)
			order by id
			limit 1
			for update skip locked""", nativeQuery = true)
	Optional<OutgoingMessage> lockNextDue(long afterId, int maxAttempts, double retrySeconds, java.time.Instant now);

}
