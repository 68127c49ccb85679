package com.holdspace.portal;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.holdspace.client.ClientHubCard;

/**
 * The client's own page, on their record: whether they have a login or an invitation on its way,
 * and a way to send, resend or revoke one. For all staff; nothing clinical.
 */
@Component
class PortalHubCard implements ClientHubCard {

	private final Invitations invitations;

	PortalHubCard(Invitations invitations) {
		this.invitations = invitations;
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
		return Optional.of(new Card("portal/hub-card",
				Map.of("clientId", clientId, "status", this.invitations.status(clientId))));
	}

}
