package com.holdspace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.holdspace.staff.SecondFactorStep;

/**
 * A person signed in the way Holdspace signs people in: staff with their password and, just now,
 * their second factor. Tests use this where they would use Spring Security's {@code user(...)}.
 */
public final class SignedIn {

	private SignedIn() {
	}

	public static RequestPostProcessor user(UserDetails user) {
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		Instant now = TestClock.current();
		authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY).issuedAt(now).build());
		authorities.add(FactorGrantedAuthority.withAuthority(SecondFactorStep.FACTOR).issuedAt(now).build());
		return SecurityMockMvcRequestPostProcessors
			.authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
	}

}
