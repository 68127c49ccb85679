package com.holdspace.security;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Signs a client in with the password they have just set, in the same steps as the sign-in form
 * (SecurityConfig's form login): the password is checked against the stored hash by the same kind of
 * provider, a right one is announced as an AuthenticationSuccessEvent (so the audit log writes its
 * SIGN_IN line and the sign-in counts forget earlier misses), the session is a fresh one, the CSRF token
 * is renewed, and the signed-in person is saved in the session store.
 * <p>
 * Only for a password that completes a sign-in on its own: a client's. Staff give a second factor after
 * their password, which only the sign-in form leads to.
 */
@NamedInterface("api")
@Component
public class PasswordSignIn {

	private final ProviderManager passwords;

	private final SessionAuthenticationStrategy sessions = new CompositeSessionAuthenticationStrategy(
			List.of(new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(SecurityConfig.csrfTokens())));

	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	PasswordSignIn(UserDetailsService users, PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
		var provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwordEncoder);
		this.passwords = new ProviderManager(provider);
		this.passwords.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
	}

	/**
	 * Signs the client in. Whatever session this browser had before, someone else's sign-in
	 * included, ends: the client starts in a session of their own, under a new id.
	 *
	 * @throws org.springframework.security.core.AuthenticationException when the password does not
	 * sign anyone in, or signs in someone who needs a second factor
	 */
	public void signInClient(String email, String password, HttpServletRequest request, HttpServletResponse response) {
		Authentication signedIn = this.passwords
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
		if (signedIn.getAuthorities()
			.stream()
			.noneMatch(authority -> ("ROLE_" + SecurityConfig.CLIENT).equals(authority.getAuthority()))) {
			throw new org.springframework.security.authentication.InsufficientAuthenticationException(
					"Staff sign in with a second factor as well");
		}
		HttpSession before = request.getSession(false);
		if (before != null) {
			before.invalidate();
		}
		this.sessions.onAuthentication(signedIn, request, response);
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(signedIn);
		this.holder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
