package com.holdspace;

import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.test.util.ReflectionTestUtils;

import com.holdspace.security.SecurityConfig;

/**
 * MockMvc's csrf() swaps a session-backed token store into the filter that every test of one
 * context shares; a test over real HTTP that counts sessions puts back the store Holdspace uses.
 */
public final class ConfiguredCsrf {

	private ConfiguredCsrf() {
	}

	public static void restore(FilterChainProxy security) {
		security.getFilterChains()
			.stream()
			.flatMap(chain -> chain.getFilters().stream())
			.filter(CsrfFilter.class::isInstance)
			.forEach(filter -> ReflectionTestUtils.setField(filter, "tokenRepository", SecurityConfig.csrfTokens()));
	}

}
