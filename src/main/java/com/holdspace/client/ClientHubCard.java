package com.holdspace.client;

import java.util.Map;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.Authentication;

/**
 * A card another feature adds to the client page (intake, consent, bookings, ...). The client
 * feature knows nothing of them; each says what the viewer may see, or nothing at all.
 */
@NamedInterface("api")
public interface ClientHubCard {

	/** Lower comes first on the page. */
	int order();

	Optional<Card> cardFor(long clientId, Reader viewer);

	/** Whether the viewer has the role, e.g. {@code "THERAPIST"}. */
	static boolean hasRole(Authentication viewer, String role) {
		return viewer.getAuthorities().stream().anyMatch(granted -> granted.getAuthority().equals("ROLE_" + role));
	}

	/**
	 * Who looks at the client page, and whether they read this client's clinical records: admin, and a
	 * therapist in the client's care (see {@link com.holdspace.shared.CareRelationship}), decided once
	 * for the whole page. A therapist outside it sees what the desk sees.
	 *
	 * @param clinical the viewer reads the client's clinical records
	 */
	record Reader(Authentication authentication, boolean clinical) {

		/** Whether the viewer has the role, e.g. {@code "THERAPIST"}. */
		public boolean hasRole(String role) {
			return ClientHubCard.hasRole(this.authentication, role);
		}

		/** Clinical staff in care of this client see clinical details; everyone else sees status at most. */
		public boolean isClinical() {
			return this.clinical;
		}

		/** Admin, therapist or front desk: whoever may open the client page at all. */
		public boolean isStaff() {
			return hasRole("ADMIN") || hasRole("THERAPIST") || hasRole("FRONT_DESK");
		}

		public Object principal() {
			return this.authentication.getPrincipal();
		}

	}

	/** A template holding a {@code card(data)} fragment, and the data it shows. */
	record Card(String template, Map<String, Object> data) {
	}

}
