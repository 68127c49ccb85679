package com.holdspace.booking;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoomRepository extends JpaRepository<Room, Long> {

	/**
	 * Like {@code findAllById}, but as a query Hibernate interprets once rather than built afresh on
	 * every call; no ids, no query.
	 */
	default List<Room> findEvery(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : findEveryOf(ids.toArray(Long[]::new));
	}

	/** The ids as one array parameter: a collection bound to {@code in} costs Hibernate an exception a call. */
	@Query(value = "select * from room where id = any(:ids)", nativeQuery = true)
	List<Room> findEveryOf(Long[] ids);

	Optional<Room> findByCreationToken(UUID creationToken);

	List<Room> findAllByOrderByName();

	List<Room> findByActiveTrueOrderByName();

	List<Room> findBySiteId(long siteId);

	List<Room> findBySiteIdAndActiveTrueOrderByName(long siteId);

	boolean existsByNameIgnoreCase(String name);

}
