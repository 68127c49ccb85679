package com.holdspace.aftercare;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.holdspace.client.ClientHubCard;

/**
 * The aftercare plans a client was given, whether they read them, and how they said they were
 * afterwards. Admin and therapists in the client's care only: the front desk, and a therapist
 * outside the client's care, see none of it.
 */
@Component
class AftercareHubCard implements ClientHubCard {

	static final int SHOWN = 5;

	private final AftercareCardLines lines;

	AftercareHubCard(AftercareCardLines lines) {
		this.lines = lines;
	}

	@Override
	public int order() {
		return 8;
	}

	@Override
	public Optional<Card> cardFor(long clientId, Reader viewer) {
		if (!viewer.isClinical()) {
			return Optional.empty();
		}
		return Optional.of(new Card("aftercare/hub-card",
				Map.of("clientId", clientId, "plans", this.lines.newest(clientId, SHOWN))));
	}

}
