package com.holdspace.staff;

/** A staff member as other features see them: enough to show and to refer to by id. */
public record StaffMember(long id, String displayName, Role role) {

	static StaffMember of(Account account) {
		return new StaffMember(account.getId(), account.getDisplayName(), account.getRole());
	}

}
