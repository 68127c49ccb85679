package com.holdspace.waitlist;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.holdspace.client.ClientHubCard;

/** The client's waitlist entries on the client page, with a way to add one; for all staff. */
@Component
class WaitlistHubCard implements ClientHubCard {

	private final WaitlistService waitlist;

	WaitlistHubCard(WaitlistService waitlist) {
		this.waitlist = waitlist;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public Optional<Card> cardFor(long clientId, Reader viewer) {
		if (!viewer.isStaff()) {
			return Optional.empty();
		}
		return Optional.of(new Card("waitlist/hub-card",
				Map.of("clientId", clientId, "entries", this.waitlist.waitingFor(clientId))));
	}

}
