package com.holdspace.shared;

import jakarta.servlet.http.HttpSession;

/**
 * A signed-in session handed to a client on the clinic's tablet. While locked, only the pages under
 * one path answer; everything else leads back there, until staff unlock it with a password.
 */
public final class KioskMode {

	static final String ALLOWED = KioskMode.class.getName() + ".allowed";

	static final String RETURN_TO = KioskMode.class.getName() + ".returnTo";

	private KioskMode() {
	}

	/** Locks the session to {@code allowedPath} and what lies under it; unlocking leads to {@code returnTo}. */
	public static void lock(HttpSession session, String allowedPath, String returnTo) {
		if (isLocked(session)) {
			// already handed over: keep the lock as it is (wrong passwords are counted in RateLimits)
			return;
		}
		session.setAttribute(ALLOWED, allowedPath);
		session.setAttribute(RETURN_TO, returnTo);
	}

	public static boolean isLocked(HttpSession session) {
		return session != null && session.getAttribute(ALLOWED) != null;
	}

	/** The path a locked session may still open, with what lies under it; null when not locked. */
	public static String allowedPath(HttpSession session) {
		return (String) session.getAttribute(ALLOWED);
	}

	public static String unlock(HttpSession session) {
		String returnTo = (String) session.getAttribute(RETURN_TO);
		session.removeAttribute(ALLOWED);
		session.removeAttribute(RETURN_TO);
		return returnTo;
	}

}
