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
		return ids.isEmpty() ? List.of() : findEveryOf(ids);
	}

	@Query("select t from SessionType t where t.id in :ids")
	List<SessionType> findEveryOf(Collection<Long> ids);

	Optional<SessionType> findByCreationToken(UUID creationToken);

	List<SessionType> findAllByOrderBySortOrderAscNameAsc();

	List<SessionType> findByActiveTrueOrderBySortOrderAscNameAsc();

}
