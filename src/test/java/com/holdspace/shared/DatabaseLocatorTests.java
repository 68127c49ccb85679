package com.holdspace.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import com.holdspace.TestDatabase;

@Tag("slow")
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
		assertThat(environment.getProperty("spring.flyway.user")).as("the container's own role, docker-compose.yml")
			.isEqualTo("holdspace");
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
	void theDemoCreatesItsRolesAndItsDatabaseWhenMissing() throws SQLException {
		var test = TestDatabase.admin();
		String server = test.jdbcUrl().replaceFirst("^jdbc:postgresql://([^/]+)/.*$", "$1");
		String name = "holdspace_locator_" + System.nanoTime();
		var owner = TestDatabase.owner();
		var runtime = TestDatabase.coordinates();
		var environment = new MockEnvironment().withProperty("holdspace.database.local-host", server.split(":")[0])
			.withProperty("holdspace.database.local-port", server.split(":")[1])
			.withProperty("holdspace.database.name", name)
			.withProperty("holdspace.database.admin-username", test.username())
			.withProperty("holdspace.database.admin-password", (test.password() != null) ? test.password() : "")
			.withProperty("spring.flyway.user", owner.username())
			.withProperty("spring.flyway.password", owner.password())
			.withProperty("spring.datasource.username", runtime.username())
			.withProperty("spring.datasource.password", runtime.password())
			.withProperty("spring.docker.compose.enabled", "false");
		environment.setActiveProfiles("demo");
		try {
			new DatabaseLocator(() -> false).postProcessEnvironment(environment, this.application);

			try (var connection = DriverManager.getConnection(environment.getProperty("spring.datasource.url"),
					runtime.username(), runtime.password());
					var found = connection.createStatement()
						.executeQuery("select pg_get_userbyid(datdba), (select rolsuper from pg_roles "
								+ "where rolname = current_user) from pg_database where datname = current_database()")) {
				assertThat(connection.getCatalog()).isEqualTo(name);
				assertThat(found.next()).isTrue();
				assertThat(found.getString(1)).isEqualTo(owner.username());
				assertThat(found.getBoolean(2)).as("the runtime role is a superuser").isFalse();
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
