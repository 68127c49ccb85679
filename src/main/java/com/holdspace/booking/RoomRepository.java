package com.holdspace.booking;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoomRepository extends JpaRepository<Room, Long> {

	Optional<Room> findByCreationToken(UUID creationToken);

	List<Room> findAllByOrderByName();

	List<Room> findByActiveTrueOrderByName();

	List<Room> findBySiteId(long siteId);

	List<Room> findBySiteIdAndActiveTrueOrderByName(long siteId);

	boolean existsByNameIgnoreCase(String name);

}
