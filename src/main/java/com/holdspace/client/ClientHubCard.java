package com.holdspace.client;

import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * A card another feature adds to the client page (intake, consent, bookings, ...). The client
 * feature knows nothing of them; each says what the viewer may see, or nothing at all.
 */
public interface ClientHubCard {

	/** Lower comes first on the page. */
	int order();

	Optional<Card> cardFor(long clientId, Authentication viewer);

	/** Whether the viewer has the role, e.g. {@code "THERAPIST"}. */
	static boolean hasRole(Authentication viewer, String role) {
		return viewer.getAuthorities().stream().anyMatch(granted -> granted.getAuthority().equals("ROLE_" + role));
	}

	/** Clinical staff see clinical details; everyone else sees status at most. */
	static boolean isClinical(Authentication viewer) {
		return hasRole(viewer, "THERAPIST") || hasRole(viewer, "ADMIN");
	}

	/** A template holding a {@code card(data)} fragment, and the data it shows. */
	record Card(String template, Map<String, Object> data) {
	}

}
