package com.holdspace.consent;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/**
 * A consent as it stands in the client's record: the text and version agreed to, how, when and
 * before whom, the provider terms of a consent to talk with the client's provider, whether the
 * stored hash still matches, and its withdrawal if it was withdrawn. A copy; the signature strokes
 * stay in the consent module.
 *
 * @param bookingId the booked session it was given aloud for, or null
 * @param withdrawal null while the consent holds
 */
@NamedInterface("api")
public record ConsentRecord(long id, ConsentKind kind, ConsentMethod method, String title, int number,
		String signerName, Instant signedAt, String witnessName, Long bookingId, String providerName,
		String providerContact, String sharedScope, LocalDate expiresOn, String contentSha256, boolean intact,
		Withdrawal withdrawal) {

	/** A withdrawal, recorded at once: by whom it was asked, why, and who recorded it when. */
	@NamedInterface("api")
	public record Withdrawal(boolean byTheClient, String reason, String recordedByName, Instant withdrawnAt) {
	}

	static ConsentRecord of(SignedConsent consent, ConsentWithdrawal withdrawal) {
		return new ConsentRecord(consent.getId(), consent.getKind(), consent.getMethod(),
				consent.getDocument().getTitle(), consent.getDocument().getNumber(), consent.getSignerName(),
				consent.getSignedAt(), consent.getWitnessName(), consent.getBookingId(), consent.getProviderName(),
				consent.getProviderContact(), consent.getSharedScope(), consent.getExpiresOn(),
				consent.getContentSha256(), consent.isIntact(),
				(withdrawal != null) ? new Withdrawal(withdrawal.getWithdrawnBy() == ConsentWithdrawal.WithdrawnBy.CLIENT,
						withdrawal.getReason(), withdrawal.getRecordedByName(), withdrawal.getWithdrawnAt()) : null);
	}

}
