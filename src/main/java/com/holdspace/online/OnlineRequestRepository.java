package com.holdspace.online;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OnlineRequestRepository extends JpaRepository<OnlineRequest, Long> {

	Optional<OnlineRequest> findByTokenSha256(String tokenSha256);

	boolean existsByBookingId(long bookingId);

	/**
	 * Whether the record was made by an online request and no request of it was ever confirmed:
	 * typed by someone who never showed they hold the email, so not the client that email belongs to.
	 */
	@Query("""
			select count(r) > 0 from OnlineRequest r where r.clientId = ?1 and r.newClient = true
			and not exists (select c.id from OnlineRequest c where c.clientId = ?1 and c.confirmedAt is not null)""")
	boolean neverConfirmedNewClient(long clientId);

	/** The request a link opens, locked: a double-tapped "Confirm" confirms once. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from OnlineRequest r where r.tokenSha256 = ?1")
	Optional<OnlineRequest> lockByTokenSha256(String tokenSha256);

}
