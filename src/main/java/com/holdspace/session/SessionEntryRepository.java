package com.holdspace.session;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SessionEntryRepository extends JpaRepository<SessionEntry, Long> {

	List<SessionEntry> findBySessionIdOrderByOccurredAtAscIdAsc(long sessionId);

	/** Every tap of these sessions, each session's in the order they were recorded. */
	@Query(value = "select * from session_entry where session_id = any(:sessionIds) order by session_id, occurred_at, id",
			nativeQuery = true)
	List<SessionEntry> findBySessionIdIn(Long[] sessionIds);

	default List<SessionEntry> findBySessionIdInAndKindIn(Collection<Long> sessionIds, Collection<EntryKind> kinds) {
		return (sessionIds.isEmpty() || kinds.isEmpty()) ? List.of()
				: findBySessionIdInAndKindIn(sessionIds.toArray(Long[]::new),
						kinds.stream().map(EntryKind::name).toArray(String[]::new));
	}

	/** The ids as one array parameter: a collection bound to {@code in} costs Hibernate an exception a call. */
	@Query(value = "select * from session_entry where session_id = any(:sessionIds) and kind = any(:kinds)",
			nativeQuery = true)
	List<SessionEntry> findBySessionIdInAndKindIn(Long[] sessionIds, String[] kinds);

}
