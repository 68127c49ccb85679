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

	/** Signs the current provider-communication text, in date for a year; returns the consent's id. */
	public long signProviderCommunication(long clientId, long witnessId) {
		return this.consentService.sign(clientId, ConsentKind.PROVIDER_COMMUNICATION,
				this.consentService.current(ConsentKind.PROVIDER_COMMUNICATION).getId(), "Test Client",
				"[[[10,10],[300,200]]]",
				new ProviderTerms("Dr Test Provider", "provider@example.org", "Whether body work suits the client",
						this.consentService.today().plusYears(1)),
				UUID.randomUUID(), witnessId, "Test therapist")
			.getId();
	}

	/** Withdraws a consent at once, as the client asked. */
	public void withdraw(long clientId, long consentId, long therapistId) {
		this.consentService.withdraw(clientId, consentId, ConsentWithdrawal.WithdrawnBy.CLIENT, "Asked to stop",
				therapistId, "Test therapist");
	}

}
