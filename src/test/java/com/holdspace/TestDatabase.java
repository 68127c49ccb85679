package com.holdspace;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import com.holdspace.shared.DatabaseRoles;

/**
 * The PostgreSQL that a test run uses, one per JVM. Where a Docker engine answers, a Testcontainers
 * PostgreSQL; otherwise a fresh database on the server in {@code TEST_POSTGRES_HOST} (default
 * {@code localhost:5432}) that this run creates and drops when the JVM exits.
 * <p>
 * As in production, two roles: the database and its tables belong to {@link #OWNER}, which Flyway
 * migrates with, and the application connects as {@link #RUNTIME}, which owns nothing
 * (migration V50 grants it what it needs). Both are made here, before anything migrates, and are
 * shared by every test run on the server. {@link #coordinates()} is the runtime role,
 * {@link #owner()} the owner and {@link #admin()} the superuser the run was given.
 */
public final class TestDatabase {

	/** Databases left behind by a run that was killed are dropped by a later run after this long. */
	private static final Duration ABANDONED_AFTER = Duration.ofHours(6);

	private static final String PREFIX = "holdspace_test_";

	public static final String OWNER = "holdspace_test_owner";

	public static final String RUNTIME = "holdspace_test_app";

	private static final String OWNER_PASSWORD = "holdspace-test-owner";

	private static final String RUNTIME_PASSWORD = "holdspace-test-app";

	public record Coordinates(String jdbcUrl, String username, String password) {

		public Connection connect() throws SQLException {
			return DriverManager.getConnection(this.jdbcUrl, this.username, this.password);
		}

		/** Statements as this role, each on a connection of its own, outside the application's pool. */
		public JdbcTemplate jdbc() {
			return new JdbcTemplate(new DriverManagerDataSource(this.jdbcUrl, this.username, this.password));
		}

	}

	private static Coordinates admin;

	private TestDatabase() {
	}

	/** The run's database as the application's runtime role. */
	public static Coordinates coordinates() {
		return new Coordinates(admin().jdbcUrl(), RUNTIME, RUNTIME_PASSWORD);
	}

	/** The run's database as the owner of its tables, which migrates. */
	public static Coordinates owner() {
		return new Coordinates(admin().jdbcUrl(), OWNER, OWNER_PASSWORD);
	}

	/** The run's database as the superuser that made it. */
	public static synchronized Coordinates admin() {
		if (admin == null) {
			admin = useServer() ? createOnServer() : startContainer();
		}
		return admin;
	}

	private static void makeRoles(Connection admin) throws SQLException {
		DatabaseRoles.ensureLogin(admin, OWNER, OWNER_PASSWORD);
		DatabaseRoles.ensureLogin(admin, RUNTIME, RUNTIME_PASSWORD);
	}

	private static boolean useServer() {
		return System.getenv("TEST_POSTGRES_HOST") != null || !DockerClientFactory.instance().isDockerAvailable();
	}

	@SuppressWarnings("resource") // Testcontainers' reaper stops it when the JVM exits
	private static Coordinates startContainer() {
		var container = new PostgreSQLContainer("postgres:15-alpine");
		container.start();
		var superuser = new Coordinates(container.getJdbcUrl(), container.getUsername(), container.getPassword());
		try (Connection admin = superuser.connect()) {
			makeRoles(admin);
			DatabaseRoles.handOver(admin, OWNER);
		}
		catch (SQLException failed) {
			throw new IllegalStateException("Could not make the test roles in the PostgreSQL container", failed);
		}
		return superuser;
	}

	private static Coordinates createOnServer() {
		String server = env("TEST_POSTGRES_HOST", "localhost:5432");
		String user = env("TEST_POSTGRES_USER", "postgres");
		String password = env("TEST_POSTGRES_PASSWORD", "");
		String adminUrl = "jdbc:postgresql://" + server + "/postgres";
		String name = PREFIX + Instant.now().getEpochSecond() + "_" + ThreadLocalRandom.current().nextInt(1000, 10000);
		try (Connection admin = DriverManager.getConnection(adminUrl, user, password)) {
			dropAbandoned(admin);
			makeRoles(admin);
			DatabaseRoles.ensureDatabase(admin, name, OWNER);
		}
		catch (SQLException failed) {
			throw new IllegalStateException("Tests need PostgreSQL at " + server + " (or a Docker engine); "
					+ "set TEST_POSTGRES_HOST, TEST_POSTGRES_USER and TEST_POSTGRES_PASSWORD", failed);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(adminUrl, user, password, name)));
		return new Coordinates("jdbc:postgresql://" + server + "/" + name, user, password);
	}

	private static void dropAbandoned(Connection admin) throws SQLException {
		long cutoff = Instant.now().minus(ABANDONED_AFTER).getEpochSecond();
		List<String> abandoned = new ArrayList<>();
		try (var names = admin.createStatement()
			.executeQuery("select datname from pg_database where datname like '" + PREFIX + "%'")) {
			while (names.next()) {
				String name = names.getString(1);
				String[] parts = name.substring(PREFIX.length()).split("_");
				if (parts[0].matches("\\d+") && Long.parseLong(parts[0]) < cutoff) {
					abandoned.add(name);
				}
			}
		}
		for (String name : abandoned) {
			admin.createStatement().execute("drop database if exists " + name + " with (force)");
		}
	}

	private static void drop(String adminUrl, String user, String password, String name) {
		try (Connection admin = DriverManager.getConnection(adminUrl, user, password)) {
			admin.createStatement().execute("drop database if exists " + name + " with (force)");
		}
		catch (SQLException ignored) {
			// the next run drops it once it is old enough
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
