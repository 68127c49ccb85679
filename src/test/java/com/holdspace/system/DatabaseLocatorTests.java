package com.holdspace.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import com.holdspace.TestDatabase;

class DatabaseLocatorTests {

	private final SpringApplication application = new SpringApplication();

	@Test
	void leavesAConfiguredDatasourceAlone() {
		var environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/clinic");

		new DatabaseLocator(() -> true).postProcessEnvironment(environment, this.application);

		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db:5432/clinic");
		assertThat(environment.getProperty("spring.docker.compose.enabled")).isNull();
	}

	@Test
	void usesPostgresOnLocalhostWhenSomethingAnswersThere() throws IOException {
		try (var listening = new ServerSocket(0)) {
			var environment = localOn(listening.getLocalPort());

			new DatabaseLocator(() -> true).postProcessEnvironment(environment, this.application);

			assertThat(environment.getProperty("spring.datasource.url"))
				.isEqualTo("jdbc:postgresql://localhost:" + listening.getLocalPort() + "/holdspace");
			assertThat(environment.getProperty("spring.docker.compose.enabled")).isEqualTo("false");
		}
	}

	@Test
	void turnsToDockerComposeWhenOnlyADockerEngineAnswers() throws IOException {
		var environment = localOn(closedPort());

		new DatabaseLocator(() -> true).postProcessEnvironment(environment, this.application);

		assertThat(environment.getProperty("spring.datasource.url")).isNull();
		assertThat(environment.getProperty("spring.docker.compose.enabled")).isEqualTo("true");
	}

	@Test
	void stopsWithOneClearLineWhenNoDatabaseCanBeFound() throws IOException {
		var environment = localOn(closedPort());

		assertThatExceptionOfType(DatabaseUnavailableException.class)
			.isThrownBy(() -> new DatabaseLocator(() -> false).postProcessEnvironment(environment, this.application))
			.withMessageContaining("no PostgreSQL answers on localhost:")
			.withMessageContaining("no Docker engine is running");
	}

	@Test
	void theDemoCreatesItsDatabaseWhenMissing() throws SQLException {
		var test = TestDatabase.coordinates();
		String server = test.jdbcUrl().replaceFirst("^jdbc:postgresql://([^/]+)/.*$", "$1");
		String name = "holdspace_locator_" + System.nanoTime();
		var environment = new MockEnvironment().withProperty("holdspace.database.local-host", server.split(":")[0])
			.withProperty("holdspace.database.local-port", server.split(":")[1])
			.withProperty("holdspace.database.name", name)
			.withProperty("spring.datasource.username", test.username())
			.withProperty("spring.datasource.password", test.password())
			.withProperty("spring.docker.compose.enabled", "false");
		environment.setActiveProfiles("demo");
		try {
			new DatabaseLocator(() -> false).postProcessEnvironment(environment, this.application);

			try (var connection = DriverManager.getConnection(environment.getProperty("spring.datasource.url"),
					test.username(), test.password())) {
				assertThat(connection.getCatalog()).isEqualTo(name);
			}
		}
		finally {
			try (var admin = DriverManager.getConnection(test.jdbcUrl(), test.username(), test.password())) {
				admin.createStatement().execute("drop database if exists " + name + " with (force)");
			}
		}
	}

	private static MockEnvironment localOn(int port) {
		return new MockEnvironment().withProperty("holdspace.database.local-port", String.valueOf(port))
			.withProperty("spring.docker.compose.enabled", "false");
	}

	private static int closedPort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
