package com.holdspace.consent;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SignedConsentRepository extends JpaRepository<SignedConsent, Long> {

	List<SignedConsent> findByClientIdOrderBySignedAtDesc(long clientId);

	Optional<SignedConsent> findBySigningToken(UUID signingToken);

	Optional<SignedConsent> findByIdAndClientId(long id, long clientId);

	Optional<SignedConsent> findFirstByBookingIdOrderBySignedAtDesc(long bookingId);

	/** Holds the booking's row until commit, so two taps on one booking record one consent. */
	@Query(value = "select id from booking where id = :bookingId for update", nativeQuery = true)
	Optional<Long> lockBooking(long bookingId);

}
