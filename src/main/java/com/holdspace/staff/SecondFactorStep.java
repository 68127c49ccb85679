package com.holdspace.staff;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

import com.holdspace.shared.ClinicTime;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Between the password and the pages: staff who gave the right password are held at the second
 * factor (set it up first if they have none); clients go on to their page. Once the code checks out
 * the sign-in is complete, with the time of the factor kept so admin pages can ask for it again
 * after 30 minutes.
 */
@NamedInterface("api")
@Component
public class SecondFactorStep implements AuthenticationSuccessHandler {

	public static final String FACTOR = "FACTOR_TOTP";

	/** Admin pages ask for the second factor again when it is older than this. */
	public static final Duration ADMIN_FRESHNESS = Duration.ofMinutes(30);

	static final String VERIFY_URL = "/login/second-factor";

	static final String SETUP_URL = "/login/second-factor/setup";

	private final SecondFactor secondFactor;

	private final ClinicTime time;

	private final RequestCache returnTo = new CookieRequestCache();

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final AuthenticationSuccessHandler clients = new SavedRequestAwareAuthenticationSuccessHandler();

	SecondFactorStep(SecondFactor secondFactor, ClinicTime time) {
		this.secondFactor = secondFactor;
		this.time = time;
		((SavedRequestAwareAuthenticationSuccessHandler) this.clients).setRequestCache(this.returnTo);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication password) throws IOException, jakarta.servlet.ServletException {
		if (!(password.getPrincipal() instanceof HoldspaceUser user) || !user.getRole().isStaff()) {
			this.clients.onAuthenticationSuccess(request, response, password);
			return;
		}
		save(new PendingSecondFactor(user), request, response);
		boolean enrolled = this.secondFactor.isEnrolled(user.getAccountId());
		response.sendRedirect(request.getContextPath() + (enrolled ? VERIFY_URL : SETUP_URL));
	}

	/**
	 * The second factor checked out: completes the sign-in, with the time of the factor kept, and
	 * answers where the person meant to go.
	 */
	String upgrade(HoldspaceUser user, HttpServletRequest request, HttpServletResponse response) {
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		Instant now = this.time.clock().instant();
		authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY).issuedAt(now).build());
		authorities.add(FactorGrantedAuthority.withAuthority(FACTOR).issuedAt(now).build());
		// a new session id now that the person is fully known, as at any sign-in
		request.changeSessionId();
		save(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities), request, response);
		SavedRequest saved = this.returnTo.getRequest(request, response);
		this.returnTo.removeRequest(request, response);
		return (saved != null) ? saved.getRedirectUrl() : request.getContextPath() + "/";
	}

	/** Whether the person gave their second factor within the last 30 minutes, by the clinic's clock. */
	public boolean isFresh(Authentication authentication) {
		Instant since = this.time.clock().instant().minus(ADMIN_FRESHNESS);
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> authority instanceof FactorGrantedAuthority factor
					&& FACTOR.equals(factor.getAuthority()) && factor.getIssuedAt().isAfter(since));
	}

	private void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(authentication);
		this.holder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
