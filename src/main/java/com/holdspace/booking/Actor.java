package com.holdspace.booking;

import org.springframework.modulith.NamedInterface;

import com.holdspace.staff.HoldspaceUser;

/**
 * Who made a change to a booking, as the history records it. A client accepting a waitlist offer
 * from an email link has no account; {@code accountId} is then null.
 */
@NamedInterface("api")
public record Actor(Long accountId, String name) {

	/** The client themself, booking, moving or cancelling from the public pages or their portal. */
	public static final Actor CLIENT_ONLINE = new Actor(null, "the client, online");

	public static Actor of(HoldspaceUser user) {
		return new Actor(user.getAccountId(), user.getDisplayName());
	}

}
