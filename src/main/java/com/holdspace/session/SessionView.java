package com.holdspace.session;

import org.springframework.modulith.NamedInterface;

/**
 * A session record as other modules see it: whose it is, how far it has got, and what the
 * therapist suggested for afterwards. The notes themselves stay in the session module.
 */
@NamedInterface("api")
public record SessionView(long id, long clientId, long therapistId, String therapistName, boolean checkedIn,
		boolean signed, boolean counsellingSuggested, String referral) {
}
