package com.holdspace.staff;

import org.springframework.modulith.NamedInterface;

/**
 * A staff member as other features see them: enough to show and to refer to by id, and the site
 * they work at.
 */
@NamedInterface("api")
public record StaffMember(long id, String displayName, Role role, Long siteId, boolean experiencedInRelease) {

	public StaffMember(long id, String displayName, Role role) {
		this(id, displayName, role, null, false);
	}

	static StaffMember of(Account account) {
		return new StaffMember(account.getId(), account.getDisplayName(), account.getRole(), account.getSiteId(),
				account.isExperiencedInRelease());
	}

}
