package com.holdspace.consent;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/**
 * A consent given, as other modules show it: which text and version, how and when it was given,
 * and who witnessed it. The signature itself and the provider details stay in the consent module.
 */
@NamedInterface("api")
public record GivenConsent(long id, ConsentKind kind, ConsentMethod method, String title, int number,
		Instant signedAt, String witnessName) {

	static GivenConsent of(SignedConsent consent) {
		return new GivenConsent(consent.getId(), consent.getKind(), consent.getMethod(),
				consent.getDocument().getTitle(), consent.getDocument().getNumber(), consent.getSignedAt(),
				consent.getWitnessName());
	}

}
