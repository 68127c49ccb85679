package com.holdspace.web;

import java.io.IOException;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.holdspace.shared.KioskMode;

/** Keeps a kiosk-locked session on its pages: anything else goes back to them. */
@Component
class KioskFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return StaticFiles.isStatic(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var session = request.getSession(false);
		if (KioskMode.isLocked(session)) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			String allowed = KioskMode.allowedPath(session);
			if (!(path.equals(allowed) || path.startsWith(allowed + "/") || isAlwaysOpen(path))) {
				response.sendRedirect(request.getContextPath() + allowed);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean isAlwaysOpen(String path) {
		return path.startsWith("/kiosk/unlock") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/img/") || path.startsWith("/favicon") || path.equals("/error");
	}

}
