package com.holdspace.shared;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Finds the PostgreSQL that Holdspace runs on, before anything connects:
 * <ol>
 * <li>a configured {@code spring.datasource.url} (e.g. {@code SPRING_DATASOURCE_URL}) wins;</li>
 * <li>otherwise PostgreSQL on localhost:5432, database {@code holdspace}; the demo profile makes
 * the two roles Holdspace runs with ({@code spring.flyway.user} owns the tables,
 * {@code spring.datasource.username} is the application's) and that database when they are missing,
 * as the local superuser ({@code holdspace.database.admin-username});</li>
 * <li>otherwise, when a Docker engine answers, Spring Boot's Docker Compose support starts
 * {@code docker-compose.yml};</li>
 * <li>otherwise start-up stops with one line saying what to do.</li>
 * </ol>
 * A machine with a {@code docker} client but no engine falls through to the last step instead of
 * failing inside Docker Compose.
 */
public class DatabaseLocator implements EnvironmentPostProcessor, Ordered {

	static final String AUTODETECT = "holdspace.database.autodetect";

	private static final int CONNECT_TIMEOUT_MILLIS = 700;

	private final BooleanSupplier dockerEngine;

	public DatabaseLocator() {
		this(DatabaseLocator::dockerEngineAnswers);
	}

	DatabaseLocator(BooleanSupplier dockerEngine) {
		this.dockerEngine = dockerEngine;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getProperty(AUTODETECT, Boolean.class, true)
				|| environment.containsProperty("spring.datasource.url")) {
			return;
		}
		String host = environment.getProperty("holdspace.database.local-host", "localhost");
		int port = environment.getProperty("holdspace.database.local-port", Integer.class, 5432);
		String name = environment.getProperty("holdspace.database.name", "holdspace");
		Map<String, Object> found = new LinkedHashMap<>();
		if (answers(host, port)) {
			String url = "jdbc:postgresql://" + host + ":" + port + "/" + name;
			found.put("spring.datasource.url", url);
			if (Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
				prepareDemoDatabase(host, port, name, environment);
			}
		}
		else if (this.dockerEngine.getAsBoolean()) {
			found.put("spring.docker.compose.enabled", "true");
			// docker-compose.yml's container has one role, which the application connects as; Flyway uses
			// it too (a local playground without the two roles: V50 grants nothing and says so)
			found.put("spring.flyway.user", "holdspace");
			found.put("spring.flyway.password", "holdspace");
		}
		else {
			throw new DatabaseUnavailableException(
					"no PostgreSQL answers on " + host + ":" + port + " and no Docker engine is running.");
		}
		environment.getPropertySources().addFirst(new MapPropertySource("holdspaceDatabaseLocator", found));
	}

	private static boolean answers(String host, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
			return true;
		}
		catch (IOException notThere) {
			return false;
		}
	}

	private static boolean dockerEngineAnswers() {
		try {
			Process info = new ProcessBuilder("docker", "info", "--format", "{{.ServerVersion}}")
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!info.waitFor(5, TimeUnit.SECONDS)) {
				info.destroyForcibly();
				return false;
			}
			return info.exitValue() == 0;
		}
		catch (IOException noDockerClient) {
			return false;
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Makes the demo's owner and runtime roles (with the passwords configured for them) and its
	 * database, owned by the owner, when missing; a demo database made before Holdspace ran with two
	 * roles is handed to the owner.
	 */
	private static void prepareDemoDatabase(String host, int port, String name, ConfigurableEnvironment environment) {
		if (!name.matches("[a-z_][a-z0-9_]*")) {
			throw new DatabaseUnavailableException("The database name '" + name + "' is not a plain identifier.");
		}
		String admin = environment.getProperty("holdspace.database.admin-username", "postgres");
		String adminPassword = environment.getProperty("holdspace.database.admin-password", "");
		String owner = environment.getProperty("spring.flyway.user");
		String runtime = environment.getProperty("spring.datasource.username");
		String server = "jdbc:postgresql://" + host + ":" + port + "/";
		try (var connection = DriverManager.getConnection(server + "postgres", admin, adminPassword)) {
			if (owner != null && !owner.equals(runtime)) {
				DatabaseRoles.ensureLogin(connection, owner, environment.getProperty("spring.flyway.password"));
				DatabaseRoles.ensureLogin(connection, runtime, environment.getProperty("spring.datasource.password"));
				if (!DatabaseRoles.ensureDatabase(connection, name, owner)) {
					try (var existing = DriverManager.getConnection(server + name, admin, adminPassword)) {
						DatabaseRoles.handOver(existing, owner);
					}
				}
			}
			else {
				DatabaseRoles.ensureDatabase(connection, name, (owner != null) ? owner : runtime);
			}
		}
		catch (SQLException | RuntimeException failed) {
			throw new DatabaseUnavailableException("PostgreSQL on " + host + ":" + port + " refused to make the demo's "
					+ "roles and database '" + name + "' as " + admin + " (holdspace.database.admin-username): "
					+ failed.getMessage());
		}
	}

}
