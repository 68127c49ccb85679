package com.holdspace.security;

import java.util.Map;

import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;

import com.holdspace.staff.PendingSecondFactor;
import com.holdspace.staff.SecondFactorStep;
import com.holdspace.shared.RateLimits;
import com.holdspace.shared.SecurityEvents;
import com.holdspace.shared.SignInFailures;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may use which URL. Deny by default: a URL that is not listed here answers 403 to everyone,
 * so every new page has to be granted on purpose.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

	static final String ADMIN = "ADMIN";

	static final String THERAPIST = "THERAPIST";

	static final String FRONT_DESK = "FRONT_DESK";

	static final String CLIENT = "CLIENT";

	/**
	 * Spring Security would otherwise time each of its filters, and each decision, as a separate
	 * observation: a cost on every request that no one reads. Holdspace's security events go to the
	 * audit log instead, and the request as a whole is still timed.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Stylesheets, scripts, fonts and icons are public and the same for everyone: they are served
	 * without reading the sign-in from the session store, so a page's files cost no database work.
	 * Their caching headers are the resource handler's (revalidation by Last-Modified).
	 */
	@Bean
	@Order(0)
	SecurityFilterChain staticFiles(HttpSecurity http) throws Exception {
		http.securityMatcher("/css/**", "/js/**", "/img/**", "/fonts/**", "/favicon.ico", "/favicon.svg", "/favicon-*.svg")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.securityContext(context -> context.disable())
			.sessionManagement(sessions -> sessions.disable())
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.disable());
		return http.build();
	}

	/**
	 * Every cookie the application sets says SameSite, the one that remembers the page asked for
	 * before signing in included; a cookie that already says it keeps its own.
	 */
	@Bean
	CookieSameSiteSupplier laxUnlessSaidOtherwise() {
		return CookieSameSiteSupplier.ofLax().when(cookie -> cookie.getAttribute("SameSite") == null);
	}

	@Bean
	@Order(1)
	SecurityFilterChain securityFilterChain(HttpSecurity http, RateLimits limits, SignInFailures failures,
			SecurityEvents events, SecondFactorStep secondFactor) throws Exception {
		AuthorizationManager<RequestAuthorizationContext> freshAdmin = (authentication, context) -> new AuthorizationDecision(
				isAdmin(authentication.get()) && secondFactor.isFresh(authentication.get()));
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/css/**", "/js/**", "/img/**", "/fonts/**", "/favicon.ico", "/favicon.svg", "/favicon-*.svg").permitAll()
			.requestMatchers("/login", "/error").permitAll()
			.requestMatchers(HttpMethod.GET, "/actuator/health").permitAll()
			// staff who gave their password but not yet their second factor reach these pages only
			.requestMatchers("/login/second-factor", "/login/second-factor/setup")
			.hasAnyAuthority(PendingSecondFactor.AUTHORITY, "ROLE_" + ADMIN, "ROLE_" + THERAPIST, "ROLE_" + FRONT_DESK)
			.requestMatchers(HttpMethod.GET, "/").hasAnyRole(ADMIN, THERAPIST, FRONT_DESK, CLIENT)
			// "stay signed in" on the warning before an idle sign-in ends
			.requestMatchers(HttpMethod.POST, "/session/keep-alive").hasAnyRole(ADMIN, THERAPIST, FRONT_DESK, CLIENT)
			// everyone changes their own password, and only their own
			.requestMatchers("/account/password").hasAnyRole(ADMIN, THERAPIST, FRONT_DESK, CLIENT)
			// referrals and clearances of holds: a therapist's clinical judgement, never an admin's or the desk's
			.requestMatchers("/clients/*/intake/holds/**").hasRole(THERAPIST)
			// intake answers are clinical: therapists and admin only; the front desk sees a status card
			.requestMatchers("/clients/*/intake", "/clients/*/intake/**").hasAnyRole(ADMIN, THERAPIST)
			.requestMatchers("/clients/*/consent", "/clients/*/consent/**").hasAnyRole(ADMIN, THERAPIST)
			.requestMatchers("/kiosk/unlock").hasAnyRole(ADMIN, THERAPIST)
			// session records are clinical: therapists read every record and admin reads and amends;
			// only the treating therapist writes one (checked by the session service), the desk never
			.requestMatchers("/clients/*/sessions").hasAnyRole(ADMIN, THERAPIST)
			.requestMatchers(HttpMethod.POST, "/sessions").hasRole(THERAPIST)
			.requestMatchers("/sessions/**").hasAnyRole(ADMIN, THERAPIST)
			// a client's whole record as FHIR: admin and therapists (in the client's care, checked by @Audited)
			// every method, so a HEAD (served by the GET handler) is refused to the desk too
			.requestMatchers("/clients/*/record.fhir.json").hasAnyRole(ADMIN, THERAPIST)
			// a copy of the whole record: admin and the therapists in the client's care (the care rule
			// answers 404 to anyone else); release only by them too; the desk never
			.requestMatchers("/clients/*/record-exports", "/clients/*/record-exports/**").hasAnyRole(ADMIN, THERAPIST)
			.requestMatchers(HttpMethod.GET, "/record-requests").hasAnyRole(ADMIN, THERAPIST)
			.requestMatchers("/clients", "/clients/**").hasAnyRole(ADMIN, THERAPIST, FRONT_DESK)
			// calendar feeds: a therapist manages their own link; the link itself is the secret
			// (32 random bytes), so calendar apps fetch it without signing in
			.requestMatchers("/calendar/feed", "/calendar/feed/revoke").hasRole(THERAPIST)
			.requestMatchers(HttpMethod.GET, "/feeds/*.ics").permitAll()
			// calendars and bookings: the front desk and admin for everyone, a therapist for their own
			// calendar only (checked in the booking controllers)
			.requestMatchers("/calendar", "/calendar/**", "/bookings", "/bookings/**").hasAnyRole(ADMIN, FRONT_DESK, THERAPIST)
			// the audit log, its export and the check of its chain: admin only, like all of /admin
			// and an admin's second factor must be less than 30 minutes old (SecondFactorStep)
			.requestMatchers("/admin/**").access(freshAdmin)
			// therapists' schedules: the front desk and admins keep them; a therapist may read only
			// their own (ScheduleController checks whose it is)
			.requestMatchers(HttpMethod.GET, "/schedule", "/schedule/**").hasAnyRole(ADMIN, FRONT_DESK, THERAPIST)
			.requestMatchers(HttpMethod.POST, "/schedule/**").hasAnyRole(ADMIN, FRONT_DESK)
			// a client's own page, consents and aftercare; every record is looked up for their own client id
			.requestMatchers("/me", "/me/**").hasRole(CLIENT)
			// an invitation link from an email sets a password once: the secret in the link is the key
			.requestMatchers(HttpMethod.GET, "/invitations/*").permitAll()
			.requestMatchers(HttpMethod.POST, "/invitations/*").permitAll()
			// waitlist: all staff keep it; an offer link in an email opens without signing in, its
			// token being the key (the page's form carries the CSRF token, so CSRF stays on)
			.requestMatchers("/waitlist", "/waitlist/**").hasAnyRole(ADMIN, THERAPIST, FRONT_DESK)
			.requestMatchers(HttpMethod.GET, "/offers/*").permitAll()
			.requestMatchers(HttpMethod.POST, "/offers/*").permitAll()
			// the clinic's public booking pages: anyone may choose a time and ask for it; what is held
			// waits for the link emailed to the address given, and every address is rate-limited
			.requestMatchers(HttpMethod.GET, "/book", "/book/details", "/book/sent", "/book/confirm/*").permitAll()
			.requestMatchers(HttpMethod.POST, "/book/details", "/book/confirm/*").permitAll()
			.anyRequest().denyAll());
		// nobody gets a session before signing in: the CSRF token and the page asked for wait in
		// cookies, and a failed sign-in says so in the address, so an anonymous visit stores nothing
		http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()));
		// the page to come back to after signing in is a page: not an autosave, a poll or a fragment
		// a page's script asked for, which would leave the person on a bare answer
		var pages = new CookieRequestCache();
		pages.setRequestMatcher(SecurityConfig::isPageVisit);
		http.requestCache(cache -> cache.requestCache(pages));
		// sign-in attempts are counted before the password is looked at (SignInThrottle)
		http.addFilterBefore(new SignInThrottle(limits, failures, events), UsernamePasswordAuthenticationFilter.class);
		// every refusal of someone signed in goes into the audit log, then to the 403 page
		var forbidden = new AccessDeniedHandlerImpl();
		var returnTo = new CookieRequestCache();
		http.exceptionHandling(exceptions -> exceptions.accessDeniedHandler((request, response, denied) -> {
			Authentication who = SecurityContextHolder.getContext().getAuthentication();
			if (PendingSecondFactor.isPending(who)) {
				// the password is right, the code is still to come
				saveIfPage(returnTo, request, response);
				response.sendRedirect(request.getContextPath() + "/login/second-factor");
				return;
			}
			if (isAdmin(who) && !secondFactor.isFresh(who)
					&& request.getRequestURI().startsWith(request.getContextPath() + "/admin/")) {
				saveIfPage(returnTo, request, response);
				response.sendRedirect(request.getContextPath() + "/login/second-factor?again");
				return;
			}
			events.denied(request, denied.getClass().getSimpleName());
			forbidden.handle(request, response, denied);
		}));
		var failed = new SimpleUrlAuthenticationFailureHandler("/login?error");
		failed.setAllowSessionCreation(false);
		http.formLogin(login -> login.loginPage("/login").successHandler(secondFactor).failureHandler(failed).permitAll());
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"));
		// the browser's rules are set for every response by SecurityHeaders, errors included
		http.headers(headers -> headers.defaultsDisabled().cacheControl(Customizer.withDefaults()));
		return http.build();
	}

	/** A page the person opened in the browser, not a request a page's script sent. */
	static boolean isPageVisit(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return "GET".equals(request.getMethod()) && !"empty".equals(request.getHeader("Sec-Fetch-Dest"))
				&& request.getHeader("X-Holdspace-Fragment") == null
				&& (accept == null || !accept.contains("application/json"));
	}

	private static boolean isAdmin(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> ("ROLE_" + ADMIN).equals(authority.getAuthority()));
	}

	private static void saveIfPage(CookieRequestCache returnTo, HttpServletRequest request,
			HttpServletResponse response) {
		if ("GET".equals(request.getMethod())) {
			returnTo.saveRequest(request, response);
		}
	}

	public static CookieCsrfTokenRepository csrfTokens() {
		var tokens = new CookieCsrfTokenRepository();
		tokens.setHeaderName("X-CSRF-TOKEN");
		tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax").httpOnly(true));
		return tokens;
	}

	/**
	 * Argon2id for every password set from now on; BCrypt hashes made before still check, and no
	 * other scheme is accepted (no {noop}, no legacy digests): a stored hash of another kind simply
	 * does not match. PostgreSQL allows these two prefixes only (V19).
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		var encoders = Map.<String, PasswordEncoder>of("argon2id", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
				"bcrypt", new BCryptPasswordEncoder());
		var delegating = new DelegatingPasswordEncoder("argon2id", encoders);
		delegating.setDefaultPasswordEncoderForMatches(new NoMatch());
		return delegating;
	}

	/** The answer for a hash of an unknown kind: no match, never an error page. */
	private static final class NoMatch implements PasswordEncoder {

		@Override
		public String encode(CharSequence rawPassword) {
			throw new IllegalStateException("Only Argon2id and BCrypt hashes are made");
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			return false;
		}

	}

}
