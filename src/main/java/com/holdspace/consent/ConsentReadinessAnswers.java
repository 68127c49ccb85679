package com.holdspace.consent;

import org.springframework.stereotype.Component;

import com.holdspace.booking.ConsentReadiness;

/** The consent module's answer to booking: is there a treatment consent that holds today. */
@Component
class ConsentReadinessAnswers implements ConsentReadiness {

	private final ConsentService consents;

	ConsentReadinessAnswers(ConsentService consents) {
		this.consents = consents;
	}

	@Override
	public boolean treatmentConsentValid(long clientId) {
		return this.consents.statuses(clientId)
			.stream()
			.anyMatch(status -> status.kind() == ConsentKind.TREATMENT && status.isValid());
	}

}
