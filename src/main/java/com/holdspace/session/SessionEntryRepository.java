package com.holdspace.session;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SessionEntryRepository extends JpaRepository<SessionEntry, Long> {

	List<SessionEntry> findBySessionIdOrderByOccurredAtAscIdAsc(long sessionId);

	List<SessionEntry> findBySessionIdInAndKindIn(Collection<Long> sessionIds, Collection<EntryKind> kinds);

}
