package com.holdspace.booking;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SessionTypeRepository extends JpaRepository<SessionType, Long> {

	/**
	 * Like {@code findAllById}, but as a query Hibernate interprets once rather than built afresh on
	 * every call; no ids, no query.
	 */
	default List<SessionType> findEvery(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : findEveryOf(ids.toArray(Long[]::new));
	}

	/** The ids as one array parameter: a collection bound to {@code in} costs Hibernate an exception a call. */
	@Query(value = "select * from session_type where id = any(:ids)", nativeQuery = true)
	List<SessionType> findEveryOf(Long[] ids);

	Optional<SessionType> findByCreationToken(UUID creationToken);

	List<SessionType> findAllByOrderBySortOrderAscNameAsc();

	List<SessionType> findByActiveTrueOrderBySortOrderAscNameAsc();

}
