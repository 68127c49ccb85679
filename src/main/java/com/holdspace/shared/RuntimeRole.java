package com.holdspace.shared;

import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.stereotype.Component;

/**
 * Tells the migrations which role the application runs as (the placeholder {@code runtimeRole}):
 * {@code holdspace.database.runtime-role} when set, otherwise the user of the application's own
 * DataSource ({@code spring.datasource.username}). Migration V50 grants that role what the
 * application needs and no more; Flyway itself connects as the owner ({@code spring.flyway.user}).
 */
@Component
public class RuntimeRole implements FlywayConfigurationCustomizer {

	static final String PLACEHOLDER = "runtimeRole";

	private final String configured;

	private final ObjectProvider<JdbcConnectionDetails> connection;

	RuntimeRole(@Value("${holdspace.database.runtime-role:}") String configured,
			ObjectProvider<JdbcConnectionDetails> connection) {
		this.configured = configured;
		this.connection = connection;
	}

	@Override
	public void customize(org.flywaydb.core.api.configuration.FluentConfiguration configuration) {
		Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
		placeholders.put(PLACEHOLDER, name());
		configuration.placeholders(placeholders);
	}

	String name() {
		String name = this.configured;
		if (name == null || name.isBlank()) {
			JdbcConnectionDetails details = this.connection.getIfAvailable();
			name = (details != null) ? details.getUsername() : null;
		}
		if (name == null || name.isBlank()) {
			throw new IllegalStateException("Set spring.datasource.username (or holdspace.database.runtime-role): "
					+ "the role the application runs as, which the migrations grant its rights to");
		}
		return DatabaseRoles.identifier(name);
	}

}
