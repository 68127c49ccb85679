package com.holdspace.web;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.holdspace.shared.ClinicTime;

/**
 * How long a sign-in lasts on a shared tablet: it ends after {@code spring.session.timeout} without a
 * request (15 minutes), and after 12 hours whatever happens. Either way the person is sent to sign
 * in again and, once signed in, back to the page they were on, where the autosave restores what was
 * being typed.
 */
@Component
public class SessionLimits {

	/** A working day and a little more; nobody stays signed in from one day to the next. */
	static final Duration ABSOLUTE = Duration.ofHours(12);

	static final String SIGNED_OUT_URL = "/login?timeout";

	private static final String BEGAN = SessionLimits.class.getName() + ".BEGAN";

	private final Duration idle;

	private final ClinicTime time;

	private final RequestCache returnTo = new CookieRequestCache();

	SessionLimits(@Value("${spring.session.timeout}") Duration idle, ClinicTime time) {
		this.idle = idle;
		this.time = time;
	}

	/** Seconds without a request before the sign-in ends, for the page's warning. */
	public long idleSeconds() {
		return this.idle.toSeconds();
	}

	/**
	 * A session older than the absolute limit. Its age is counted from when the clinic's clock first
	 * saw it (the session store keeps its own creation time by the system clock), so both agree
	 * with every other time in Holdspace.
	 */
	boolean isPastAbsoluteLimit(HttpSession session) {
		Instant began = (Instant) session.getAttribute(BEGAN);
		return began != null && this.time.clock().instant().isAfter(began.plus(ABSOLUTE));
	}

	/** Notes when a session began, once: called after each request that has one. */
	void noteBeginning(HttpSession session) {
		if (session.getAttribute(BEGAN) == null) {
			session.setAttribute(BEGAN, this.time.clock().instant());
		}
	}

	/** A request that names a session which has ended (idle too long, signed out elsewhere). */
	static boolean namesEndedSession(HttpServletRequest request) {
		return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
	}

	/**
	 * The sign-in has ended: a page goes to sign in (and comes back after), a form that was sent
	 * goes to sign in, and a script (an autosave, a one-tap entry) is told, so it keeps what was
	 * typed and says so.
	 */
	void signInAgain(HttpServletRequest request, HttpServletResponse response) throws IOException {
		forgetSessionCookie(request, response);
		if (wantsJson(request)) {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter().write("{\"signedOut\":true}");
			return;
		}
		if (isPage(request)) {
			this.returnTo.saveRequest(request, response);
		}
		response.sendRedirect(request.getContextPath() + SIGNED_OUT_URL);
	}

	/**
	 * Only a page is somewhere to come back to after signing in: a fragment a page's script fetched
	 * (the intake's flags, its check) would leave the person on a bare piece of HTML. The same test
	 * as the one SecurityConfig gives its request cache, which this module cannot import.
	 */
	private static boolean isPage(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) && !"empty".equals(request.getHeader("Sec-Fetch-Dest"))
				&& request.getHeader("X-Holdspace-Fragment") == null;
	}

	private static boolean wantsJson(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE);
	}

	private static void forgetSessionCookie(HttpServletRequest request, HttpServletResponse response) {
		Cookie gone = new Cookie("SESSION", "");
		gone.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath() + "/");
		gone.setMaxAge(0);
		gone.setHttpOnly(true);
		gone.setSecure(request.isSecure());
		gone.setAttribute("SameSite", "Lax");
		response.addCookie(gone);
	}

}
