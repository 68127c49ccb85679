package com.holdspace.aftercare;

import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import com.holdspace.client.ClientHubCard;

/**
 * The aftercare plans a client was given, whether they read them, and how they said they were
 * afterwards. Clinical staff only: the front desk sees none of it.
 */
@Component
class AftercareHubCard implements ClientHubCard {

	static final int SHOWN = 5;

	private final AftercareService aftercare;

	AftercareHubCard(AftercareService aftercare) {
		this.aftercare = aftercare;
	}

	@Override
	public int order() {
		return 8;
	}

	@Override
	public Optional<Card> cardFor(long clientId, Authentication viewer) {
		if (!ClientHubCard.isClinical(viewer)) {
			return Optional.empty();
		}
		return Optional.of(new Card("aftercare/hub-card",
				Map.of("clientId", clientId, "aftercare", this.aftercare.forClient(clientId, SHOWN))));
	}

}
