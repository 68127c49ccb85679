package com.holdspace.online;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OnlineRequestRepository extends JpaRepository<OnlineRequest, Long> {

	Optional<OnlineRequest> findByTokenSha256(String tokenSha256);

	boolean existsByBookingId(long bookingId);

	/** The request a link opens, locked: a double-tapped "Confirm" confirms once. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from OnlineRequest r where r.tokenSha256 = ?1")
	Optional<OnlineRequest> lockByTokenSha256(String tokenSha256);

}
