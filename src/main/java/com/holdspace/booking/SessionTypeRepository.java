package com.holdspace.booking;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SessionTypeRepository extends JpaRepository<SessionType, Long> {

	Optional<SessionType> findByCreationToken(UUID creationToken);

	List<SessionType> findAllByOrderBySortOrderAscNameAsc();

	List<SessionType> findByActiveTrueOrderBySortOrderAscNameAsc();

}
