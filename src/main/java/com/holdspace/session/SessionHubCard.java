package com.holdspace.session;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.holdspace.client.ClientHubCard;

/**
 * The client's sessions on their page, for clinical staff: tension before and after over the weeks,
 * and what happened in each. A therapist starts a walk-in session from here. Admin and therapists in
 * the client's care only: a therapist outside it sees no card.
 */
@Component
class SessionHubCard implements ClientHubCard {

	/** Sessions on the chart; the card lists the newest of them. */
	static final int CHARTED = 12;

	static final int LISTED = 5;

	private final SessionTimeline timeline;

	SessionHubCard(SessionTimeline timeline) {
		this.timeline = timeline;
	}

	@Override
	public int order() {
		return 7;
	}

	@Override
	public Optional<Card> cardFor(long clientId, Reader viewer) {
		if (!viewer.isClinical()) {
			return Optional.empty();
		}
		var lines = this.timeline.lines(clientId, 0, CHARTED);
		Map<String, Object> data = new HashMap<>();
		data.put("clientId", clientId);
		data.put("lines", lines.subList(0, Math.min(LISTED, lines.size())));
		data.put("more", lines.size() > LISTED);
		data.put("chart", SessionTimeline.chart(lines));
		data.put("charted", lines.size());
		data.put("mayStart", viewer.hasRole("THERAPIST"));
		data.put("token", UUID.randomUUID());
		return Optional.of(new Card("session/hub-card", data));
	}

}
