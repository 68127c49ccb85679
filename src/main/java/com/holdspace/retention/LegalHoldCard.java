package com.holdspace.retention;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.holdspace.client.ClientHubCard;

/**
 * The legal hold on the client page, for admin only: whether one stands, who placed or lifted it,
 * when and why, and the form that places or lifts it. One statement.
 */
@Component
class LegalHoldCard implements ClientHubCard {

	private final LegalHolds holds;

	LegalHoldCard(LegalHolds holds) {
		this.holds = holds;
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public Optional<Card> cardFor(long clientId, Reader viewer) {
		if (!viewer.hasRole("ADMIN")) {
			return Optional.empty();
		}
		List<LegalHoldEvent> history = this.holds.history(clientId);
		boolean held = !history.isEmpty() && history.get(0).placed();
		return Optional.of(new Card("retention/hold-card", Map.of("clientId", clientId, "history", history, "held", held)));
	}

}
