package com.holdspace.session;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SessionAmendmentRepository extends JpaRepository<SessionAmendment, Long> {

	List<SessionAmendment> findBySessionIdOrderByCreatedAtAscIdAsc(long sessionId);

	/** Every amendment of these sessions, each session's oldest first. */
	@Query(value = "select * from session_amendment where session_id = any(:sessionIds) order by session_id, created_at, id",
			nativeQuery = true)
	List<SessionAmendment> findBySessionIdIn(Long[] sessionIds);

	Optional<SessionAmendment> findBySessionIdAndToken(long sessionId, UUID token);

}
