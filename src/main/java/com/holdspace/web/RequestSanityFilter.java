package com.holdspace.web;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Turns away, with a 400 that says why, what no form of Holdspace ever sends: control characters
 * (a NUL byte cannot even be stored by PostgreSQL, and would break a PDF), list positions far past
 * any form's rows, dates tens of thousands of years away and values larger than any field. Each would
 * otherwise reach a binder, a parser or the database and come back as a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class RequestSanityFilter extends OncePerRequestFilter {

	/** The request attribute that tells the 400 page which problem to name. */
	static final String PROBLEM = RequestSanityFilter.class.getName() + ".problem";

	/** No form has more rows than this: emergency contacts, waitlist windows, working hours. */
	static final int MAX_INDEX = 99;

	/** The largest value a form sends is a drawn signature (20,000 points). */
	static final int MAX_VALUE_LENGTH = 256 * 1024;

	/** Set by Tomcat when it gave up reading a form's parameters. */
	private static final String PARSE_FAILED = "org.apache.catalina.parameter_parse_failed";

	private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

	/** An ISO date whose year has a sign or more than four digits: no clinic books or lives there. */
	private static final Pattern FAR_DATE = Pattern
		.compile("^([+-]\\d{4,}|\\d{5,})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(T[0-9:.]*)?$");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String problem = problemWith(request.getParameterMap());
		if (problem == null && request.getAttribute(PARSE_FAILED) != null) {
			// the container could not read the form at all: larger than it accepts, or malformed
			problem = "error.400.tooLarge";
		}
		if (problem != null) {
			request.setAttribute(PROBLEM, problem);
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	static String problemWith(Map<String, String[]> parameters) {
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			String name = parameter.getKey();
			if (hasControlCharacter(name)) {
				return "error.400.control";
			}
			Matcher index = INDEX.matcher(name);
			while (index.find()) {
				if (index.group(1).length() > 2 || Integer.parseInt(index.group(1)) > MAX_INDEX) {
					return "error.400.index";
				}
			}
			for (String value : parameter.getValue()) {
				if (value.length() > MAX_VALUE_LENGTH) {
					return "error.400.tooLarge";
				}
				if (hasControlCharacter(value)) {
					return "error.400.control";
				}
				if (FAR_DATE.matcher(value.strip()).matches()) {
					return "error.400.date";
				}
			}
		}
		return null;
	}

	/** Tab, line feed and carriage return are typed; no other C0 or C1 control character is. */
	private static boolean hasControlCharacter(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
				return true;
			}
		}
		return false;
	}

}
