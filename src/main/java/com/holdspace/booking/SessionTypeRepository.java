package com.holdspace.booking;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SessionTypeRepository extends JpaRepository<SessionType, Long> {

	List<SessionType> findAllByOrderBySortOrderAscNameAsc();

	List<SessionType> findByActiveTrueOrderBySortOrderAscNameAsc();

}
