package com.holdspace.web;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The browser's rules for every response, set before anything else runs, so that a request refused
 * early (before sign-in is even looked at) and every error page carry them as a page does. Spring
 * Security adds only its cache headers on top (see SecurityConfig).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

	/** Scripts, styles, fonts and images come from Holdspace itself; nothing inline, nothing framed. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

	/** Nothing in Holdspace needs a camera, a microphone, a location or a payment. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "serial=(), accelerometer=(), gyroscope=(), magnetometer=(), display-capture=(), "
			+ "browsing-topics=()";

	/** A year; once a browser has seen Holdspace over TLS it never asks over plain HTTP again. */
	static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "same-origin");
		response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
		response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
		if (request.isSecure()) {
			response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
		}
		chain.doFilter(request, response);
	}

	/** An error page is a response of its own: it gets the same rules if it was not filtered first. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
