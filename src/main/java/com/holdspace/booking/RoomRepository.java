package com.holdspace.booking;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoomRepository extends JpaRepository<Room, Long> {

	List<Room> findAllByOrderByName();

	List<Room> findByActiveTrueOrderByName();

	boolean existsByNameIgnoreCase(String name);

}
