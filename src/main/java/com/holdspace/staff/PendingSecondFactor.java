package com.holdspace.staff;

import java.util.List;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import com.holdspace.shared.Authorities;

/**
 * A member of staff who has given the right password and not yet their second factor. It grants
 * nothing but the second-factor pages: no role, so every other page refuses it.
 */
@NamedInterface("api")
public final class PendingSecondFactor extends AbstractAuthenticationToken {

	public static final String AUTHORITY = Authorities.SECOND_FACTOR_PENDING;

	private static final List<GrantedAuthority> ONLY = List.of(new SimpleGrantedAuthority(AUTHORITY));

	private final HoldspaceUser user;

	PendingSecondFactor(HoldspaceUser user) {
		super(ONLY);
		this.user = user;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public HoldspaceUser getPrincipal() {
		return this.user;
	}

	@Override
	public String getName() {
		return this.user.getUsername();
	}

	public static boolean isPending(org.springframework.security.core.Authentication authentication) {
		return authentication instanceof PendingSecondFactor;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PendingSecondFactor pending && pending.user.equals(this.user);
	}

	@Override
	public int hashCode() {
		return this.user.hashCode();
	}

}
