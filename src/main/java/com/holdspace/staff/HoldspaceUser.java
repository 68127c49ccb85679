package com.holdspace.staff;

import java.util.List;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import com.holdspace.shared.SignedInPerson;

/**
 * The signed-in person as Spring Security sees them, with the ids the features need. Kept in the
 * HTTP session, so it holds ids and names only, never clinical data.
 */
@NamedInterface("api")
public class HoldspaceUser extends User implements SignedInPerson {

	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String displayName;

	private final Role role;

	private final Long clientId;

	HoldspaceUser(Account account) {
		super(account.getEmail(), account.getPasswordHash(), account.isEnabled(), true, true, true,
				List.of(new SimpleGrantedAuthority(account.getRole().authority())));
		this.accountId = account.getId();
		this.displayName = account.getDisplayName();
		this.role = account.getRole();
		this.clientId = account.getClientId();
	}

	@Override
	public long getAccountId() {
		return this.accountId;
	}

	@Override
	public String getDisplayName() {
		return this.displayName;
	}

	public Role getRole() {
		return this.role;
	}

	@Override
	public String getRoleName() {
		return this.role.name();
	}

	/** The client record of a portal login; {@code null} for staff. */
	@Override
	public Long getClientId() {
		return this.clientId;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
