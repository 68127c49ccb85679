package com.holdspace.consent;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.holdspace.client.ClientHubCard;

/**
 * Consent status on the client page, for all staff; the link to the consents for admin and therapists
 * in the client's care only.
 */
@Component
class ConsentHubCard implements ClientHubCard {

	private final ConsentService consentService;

	ConsentHubCard(ConsentService consentService) {
		this.consentService = consentService;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public Optional<Card> cardFor(long clientId, Reader viewer) {
		boolean clinical = viewer.isClinical();
		if (!viewer.isStaff()) {
			return Optional.empty();
		}
		return Optional.of(new Card("consent/hub-card", Map.of("clientId", clientId, "clinical", clinical,
				"statuses", this.consentService.statuses(clientId))));
	}

}
