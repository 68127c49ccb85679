package com.holdspace.records;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.holdspace.client.ClientHubCard;

/**
 * The "Whole record" card: the client's open request for a copy first, when it is due and whether
 * it is overdue, then the newest copies, and the button that produces one. Admin and therapists in the
 * client's care only; the desk sees none of it. One statement, however many copies there are.
 */
@Component
class RecordExportHubCard implements ClientHubCard {

	static final int SHOWN = 3;

	private final RecordExports exports;

	RecordExportHubCard(RecordExports exports) {
		this.exports = exports;
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public Optional<Card> cardFor(long clientId, Reader viewer) {
		if (!viewer.isClinical()) {
			return Optional.empty();
		}
		var shown = this.exports.ofClient(clientId, SHOWN);
		return Optional.of(new Card("records/hub-card",
				Map.of("clientId", clientId, "exports", shown, "token", UUID.randomUUID())));
	}

}
