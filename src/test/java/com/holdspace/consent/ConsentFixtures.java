package com.holdspace.consent;

import java.util.UUID;

import org.springframework.stereotype.Component;

/** Signed consents for tests outside this package. */
@Component
public class ConsentFixtures {

	private final ConsentService consentService;

	ConsentFixtures(ConsentService consentService) {
		this.consentService = consentService;
	}

	/** Signs the current treatment text for the client; returns the consent's id. */
	public long signTreatment(long clientId, long witnessId) {
		return this.consentService.sign(clientId, ConsentKind.TREATMENT, this.consentService.current(ConsentKind.TREATMENT).getId(),
				"Test Client", "[[[10,10],[300,200]]]", null, UUID.randomUUID(), witnessId, "Test therapist")
			.getId();
	}

}
