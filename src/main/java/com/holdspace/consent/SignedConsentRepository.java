package com.holdspace.consent;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SignedConsentRepository extends JpaRepository<SignedConsent, Long> {

	/** With each consent's text version in the same statement: a status needs its number. */
	@Query("select c from SignedConsent c join fetch c.document where c.clientId = :clientId order by c.signedAt desc")
	List<SignedConsent> findByClientIdOrderBySignedAtDesc(long clientId);

	/** The same, each with when it was withdrawn (null while it holds): the statuses in one statement. */
	@Query("""
			select c, w.withdrawnAt from SignedConsent c join fetch c.document
			left join ConsentWithdrawal w on w.consentId = c.id
			where c.clientId = :clientId order by c.signedAt desc""")
	List<Object[]> withWithdrawals(long clientId);

	Optional<SignedConsent> findBySigningToken(UUID signingToken);

	Optional<SignedConsent> findByIdAndClientId(long id, long clientId);

	Optional<SignedConsent> findFirstByBookingIdOrderBySignedAtDesc(long bookingId);

	/**
	 * Holds a lock named after the booking until commit, so two taps on one booking record one
	 * consent; a lock of consent's own, which reads none of booking's rows.
	 */
	@Query(value = """
			select count(*)
			from (select pg_advisory_xact_lock(hashtextextended('signed_consent:booking:' || :bookingId, 0))) locked""",
			nativeQuery = true)
	long lockBooking(long bookingId);

}
