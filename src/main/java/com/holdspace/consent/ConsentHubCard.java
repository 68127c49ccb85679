package com.holdspace.consent;

import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import com.holdspace.client.ClientHubCard;

/** Consent status on the client page, for all staff; the link to the consents for clinical staff only. */
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
	public Optional<Card> cardFor(long clientId, Authentication viewer) {
		boolean clinical = ClientHubCard.isClinical(viewer);
		if (!clinical && !ClientHubCard.hasRole(viewer, "FRONT_DESK")) {
			return Optional.empty();
		}
		return Optional.of(new Card("consent/hub-card", Map.of("clientId", clientId, "clinical", clinical,
				"statuses", this.consentService.statuses(clientId))));
	}

}
