package com.holdspace.web;

import java.io.IOException;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Pages link styles, scripts and icons by names that carry a hash of their content
 * ({@link StaticFilesConfig}), and such a name never serves anything
 * else: a browser may keep the file a year and never ask again, so a tablet on weak Wi-Fi sends
 * no request for them on a repeat visit. A changed file gets a new name. The plain names still
 * revalidate every time (the resource handler's {@code no-cache}).
 */
@Component
class FingerprintedFiles extends OncePerRequestFilter {

	static final String FOREVER = "public, max-age=31536000, immutable";

	/** A content hash as the version resolver writes it: {@code holdspace-<32 hex digits>.css}. */
	private static final Pattern FINGERPRINTED = Pattern.compile("-[0-9a-f]{32}\\.[a-z0-9]+$");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !StaticFiles.isStatic(request) || !FINGERPRINTED.matcher(request.getRequestURI()).find();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new KeptForGood(response));
	}

	/**
	 * Turns the resource handler's caching header into the year-long one. The handler writes it only
	 * once it has found the file, so a name whose hash matches nothing (a page from a newer
	 * instance, during a rolling deploy) answers 404 without being kept.
	 */
	private static final class KeptForGood extends HttpServletResponseWrapper {

		KeptForGood(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setHeader(String name, String value) {
			super.setHeader(name, HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) ? FOREVER : value);
		}

		@Override
		public void addHeader(String name, String value) {
			if (HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
				super.setHeader(name, FOREVER);
			}
			else {
				super.addHeader(name, value);
			}
		}

	}

}
