package com.holdspace.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The files every page loads (styles, scripts, fonts, icons): public, the same for everyone, and
 * served without touching the session store, so they cost no database work.
 */
final class StaticFiles {

	private StaticFiles() {
	}

	static boolean isStatic(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
				|| path.startsWith("/fonts/") || path.startsWith("/favicon");
	}

}
