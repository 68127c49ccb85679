package com.holdspace.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

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

	/** Scripts, styles and images come from Holdspace itself; nothing inline, nothing framed. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/css/**", "/js/**", "/img/**", "/fonts/**", "/favicon.ico", "/favicon.svg").permitAll()
			.requestMatchers("/login", "/error").permitAll()
			.requestMatchers(HttpMethod.GET, "/actuator/health").permitAll()
			.requestMatchers(HttpMethod.GET, "/").authenticated()
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
			.requestMatchers("/clients", "/clients/**").hasAnyRole(ADMIN, THERAPIST, FRONT_DESK)
			// calendar feeds: a therapist manages their own link; the link itself is the secret
			// (32 random bytes), so calendar apps fetch it without signing in
			.requestMatchers("/calendar/feed", "/calendar/feed/revoke").hasRole(THERAPIST)
			.requestMatchers(HttpMethod.GET, "/feeds/*.ics").permitAll()
			// calendars and bookings: the front desk and admin for everyone, a therapist for their own
			// calendar only (checked in the booking controllers)
			.requestMatchers("/calendar", "/calendar/**", "/bookings", "/bookings/**").hasAnyRole(ADMIN, FRONT_DESK, THERAPIST)
			.requestMatchers("/admin/**").hasRole(ADMIN)
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
			.anyRequest().denyAll());
		http.formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/").permitAll());
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"));
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
