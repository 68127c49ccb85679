package com.holdspace.session;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SessionAmendmentRepository extends JpaRepository<SessionAmendment, Long> {

	List<SessionAmendment> findBySessionIdOrderByCreatedAtAscIdAsc(long sessionId);

	Optional<SessionAmendment> findBySessionIdAndToken(long sessionId, UUID token);

}
