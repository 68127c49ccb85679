package com.holdspace.consent;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SignedConsentRepository extends JpaRepository<SignedConsent, Long> {

	List<SignedConsent> findByClientIdOrderBySignedAtDesc(long clientId);

	Optional<SignedConsent> findBySigningToken(UUID signingToken);

	Optional<SignedConsent> findByIdAndClientId(long id, long clientId);

	Optional<SignedConsent> findFirstByBookingIdOrderBySignedAtDesc(long bookingId);

}
