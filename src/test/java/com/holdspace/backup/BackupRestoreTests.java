package com.holdspace.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.holdspace.HoldspaceApplication;
import com.holdspace.HttpVisitor;
import com.holdspace.SecondFactorCodes;
import com.holdspace.TestClockConfiguration;
import com.holdspace.TestDatabase;
import com.holdspace.TestMailConfiguration;
import com.holdspace.audit.AuditChain;
import com.holdspace.shared.DatabaseRoles;
import com.holdspace.shared.EncryptionCheck;
import com.holdspace.shared.FieldCipher;

/**
 * A backup proven by its restore. The demo clinic is seeded into a database of its own and backed up
 * with {@code ops/backup}; {@code ops/restore} brings it back into a new database, and Holdspace starts
 * on that with the keys given to it apart from the backup. Then the audit chain verifies to the same
 * event, every encrypted text decrypts, every table holds what it held, the insert-only rules are in
 * force again, and the demo client signs in and sees her own page.
 */
@Tag("slow")
class BackupRestoreTests {

	private static final String ENCRYPTION_KEY = "a9kNMgyOnaZ+W3etbLjtnIhPnuPW41FlUuK5Pl+xRRw=";

	private static final String AUDIT_KEY = "pDreONWo/orth55ccWs9NWGqlYJxC5lN4yo9xFaD3Fs=";

	private static String source;

	private static String restored;

	private static Path folder;

	private static Path dump;

	private static Path anchors;

	private static AuditChain.Verdict chainBefore;

	private static EncryptionCheck.Result textsBefore;

	private static Map<String, Long> rowsBefore;

	private static Map<String, Long> rowsRestored;

	private static ConfigurableApplicationContext onTheRestore;

	/** What the tests' own context put where helpers and converters find it, given back afterwards. */
	private static SecondFactorCodes codesBefore;

	private static FieldCipher cipherBefore;

	@BeforeAll
	static void backUpTheDemoClinicAndRestoreIt() throws Exception {
		codesBefore = SecondFactorCodes.get();
		try {
			cipherBefore = FieldCipher.get();
		}
		catch (IllegalStateException noneYet) {
			cipherBefore = null;
		}
		String suffix = ThreadLocalRandom.current().nextInt(100_000, 1_000_000) + "";
		source = database() + "_demo_" + suffix;
		restored = database() + "_restored_" + suffix;
		folder = Files.createTempDirectory("holdspace-backup");
		anchors = folder.resolve("audit-anchors.log");
		try (Connection admin = adminConnection("postgres")) {
			DatabaseRoles.ensureDatabase(admin, source, TestDatabase.OWNER);
		}

		try (ConfigurableApplicationContext demo = start(source, "demo")) {
			// a day's use leaves events in the audit log: a sign-in and a page read
			signInAsTheDemoClient(demo);
			chainBefore = demo.getBean(AuditChain.class).verify();
			demo.getBean(com.holdspace.audit.AuditAnchors.class).anchorNow();
			textsBefore = demo.getBean(EncryptionCheck.class).run();
		}
		rowsBefore = rowCounts(source);

		String written = run(List.of("ops/backup", folder.toString()), ownerEnvironment(source)).trim();
		dump = Path.of(written.lines().reduce((first, last) -> last).orElseThrow());
		run(List.of("ops/restore", dump.toString(), restored), adminEnvironment());
		rowsRestored = rowCounts(restored);
		onTheRestore = start(restored);
	}

	@AfterAll
	static void dropBoth() throws SQLException, IOException {
		if (onTheRestore != null) {
			onTheRestore.close();
		}
		// the contexts started here, with the demo's keys, made their own; the tests after these go on
		// with the ones their context made
		if (codesBefore != null) {
			codesBefore.useThese();
		}
		if (cipherBefore != null) {
			FieldCipher.install(cipherBefore);
		}
		if (folder != null) {
			try (var files = Files.walk(folder)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
		try (Connection admin = adminConnection("postgres")) {
			for (String name : new String[] { source, restored }) {
				if (name != null) {
					admin.createStatement().execute("drop database if exists " + name + " with (force)");
				}
			}
		}
	}

	@Test
	void theAuditChainVerifiesOnTheRestoreToTheSameEventAndAgainstTheAnchorsKeptOutside() {
		assertThat(chainBefore.intact()).as("the demo clinic's chain before the backup").isTrue();
		assertThat(chainBefore.checked()).as("events chained before the backup").isPositive();

		AuditChain.Verdict after = onTheRestore.getBean(AuditChain.class).verify();

		assertThat(after.intact()).as("after the restore: %s", after.problem()).isTrue();
		assertThat(after.checked()).isGreaterThanOrEqualTo(chainBefore.checked());
	}

	@Test
	void everyEncryptedTextDecryptsWithTheKeysGivenApartFromTheBackup() {
		assertThat(textsBefore.intact()).as("before: %s", textsBefore.problems()).isTrue();
		assertThat(textsBefore.total()).as("the demo clinic has encrypted clinical texts").isGreaterThan(10);

		EncryptionCheck.Result after = onTheRestore.getBean(EncryptionCheck.class).run();

		assertThat(after.problems()).isEmpty();
		assertThat(after.decrypted()).isEqualTo(textsBefore.decrypted());
		assertThat(after.decrypted().get("intake_version.answers")).isPositive();
		assertThat(after.decrypted().get("session_record.subjective")).isPositive();
	}

	@Test
	void theBackupHoldsCiphertextAndNoKeyAndItsManifestNamesTheKeysItNeeds() throws Exception {
		String script = run(List.of("pg_restore", "--file=-", dump.toString()), Map.of());
		assertThat(script).contains("hs1:demo-1:");
		assertThat(script).doesNotContain(ENCRYPTION_KEY).doesNotContain(AUDIT_KEY);
		assertThat(script).as("no session note in the clear").doesNotContain("Tight chest after a stressful drive");

		String manifest = Files.readString(Path.of(dump.toString().replace(".dump", ".manifest")));
		assertThat(manifest).contains("encryption_key_ids=demo-1", "audit_key_ids=demo-1",
				"owner_role=" + TestDatabase.OWNER, "runtime_role=" + TestDatabase.RUNTIME);
		assertThat(manifest).doesNotContain(ENCRYPTION_KEY).doesNotContain(AUDIT_KEY);
		assertThat(Files.list(folder).map(path -> path.getFileName().toString()))
			.as("the backup folder holds the dump, its manifest and nothing else of ours")
			.allMatch(name -> name.endsWith(".dump") || name.endsWith(".manifest") || name.equals("audit-anchors.log")
					|| name.startsWith("command"));
	}

	@Test
	void everyTableHoldsWhatItHeld() throws SQLException {
		Map<String, Long> after = rowsRestored;

		assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(rowsBefore.keySet());
		rowsBefore.forEach((table, rows) -> assertThat(after.get(table)).as(table).isEqualTo(rows));
		assertThat(after.get("session_record")).isPositive();
	}

	@Test
	void theRulesComeBackWithTheDataTheApplicationStillCannotChangeASignedRecord() throws SQLException {
		try (Connection app = DriverManager.getConnection(url(restored), TestDatabase.RUNTIME,
				TestDatabase.coordinates().password())) {
			JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(app, true));
			assertThat(jdbc.queryForObject("select count(*) from session_record where signed_at is not null", Long.class))
				.isPositive();

			assertThatThrownBy(() -> jdbc.update("update session_record set plan = 'changed' where signed_at is not null"))
				.hasMessageContaining("signed");
			assertThatThrownBy(() -> jdbc.update("delete from audit_event")).hasRootCauseMessage(
					"ERROR: permission denied for table audit_event");
		}
	}

	@Test
	void holdspaceStartsOnTheRestoreAndTheDemoClientSignsInToHerOwnPage() {
		var page = signInAsTheDemoClient(onTheRestore);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Zoë");
	}

	private static java.net.http.HttpResponse<String> signInAsTheDemoClient(ConfigurableApplicationContext instance) {
		HttpVisitor client = new HttpVisitor(((WebServerApplicationContext) instance).getWebServer().getPort());
		client.signIn("client@holdspace.demo", "holdspace-demo");
		return client.get("/me");
	}

	private static ConfigurableApplicationContext start(String database, String... profiles) {
		String logging = System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
		try {
			List<String> active = new ArrayList<>(List.of("test"));
			active.addAll(List.of(profiles));
			return new SpringApplicationBuilder(HoldspaceApplication.class, TestClockConfiguration.class,
					TestMailConfiguration.class).profiles(active.toArray(String[]::new))
				.properties("server.port=0", "spring.main.register-shutdown-hook=false", "spring.jmx.enabled=false")
				// as arguments, so they win over every profile: the database, and the keys as a clinic
				// would give them from its secret store, never from the backup
				.run("--spring.datasource.url=" + url(database),
						"--spring.datasource.username=" + TestDatabase.RUNTIME,
						"--spring.datasource.password=" + TestDatabase.coordinates().password(),
						"--spring.flyway.user=" + TestDatabase.owner().username(),
						"--spring.flyway.password=" + TestDatabase.owner().password(),
						"--holdspace.encryption.keys.demo-1=" + ENCRYPTION_KEY, "--holdspace.encryption.current=demo-1",
						"--holdspace.audit.keys.demo-1=" + AUDIT_KEY, "--holdspace.audit.current=demo-1",
						"--holdspace.audit.anchor-file=" + anchors);
		}
		finally {
			if (logging == null) {
				System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
			}
			else {
				System.setProperty(LoggingSystem.SYSTEM_PROPERTY, logging);
			}
		}
	}

	private static Map<String, Long> rowCounts(String database) throws SQLException {
		try (Connection admin = adminConnection(database)) {
			JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(admin, true));
			Map<String, Long> counts = new LinkedHashMap<>();
			for (String table : jdbc.queryForList(
					"select tablename from pg_tables where schemaname = 'public' and tablename not like 'spring_session%' "
							+ "and tablename <> 'shedlock' order by tablename", String.class)) {
				counts.put(table, jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class));
			}
			return counts;
		}
	}

	private static String run(List<String> command, Map<String, String> environment) throws IOException,
			InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile());
		builder.environment().putAll(environment);
		Path output = Files.createTempFile(folder, "command", ".out");
		Path errors = Files.createTempFile(folder, "command", ".err");
		Process process = builder.redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s finishes", command).isTrue();
		String said = Files.readString(errors, StandardCharsets.UTF_8);
		System.out.println(String.join(" ", command) + ": " + said.strip());
		assertThat(process.exitValue()).as("%s: %s", command, said).isZero();
		return Files.readString(output, StandardCharsets.UTF_8);
	}

	private static Map<String, String> ownerEnvironment(String database) {
		URI server = server();
		return Map.of("PGHOST", server.getHost(), "PGPORT", String.valueOf(server.getPort()), "PGDATABASE", database,
				"PGUSER", TestDatabase.owner().username(), "PGPASSWORD", TestDatabase.owner().password());
	}

	private static Map<String, String> adminEnvironment() {
		URI server = server();
		return Map.of("PGHOST", server.getHost(), "PGPORT", String.valueOf(server.getPort()), "PGUSER",
				TestDatabase.admin().username(), "PGPASSWORD", TestDatabase.admin().password());
	}

	private static Connection adminConnection(String database) throws SQLException {
		return DriverManager.getConnection(url(database), TestDatabase.admin().username(),
				TestDatabase.admin().password());
	}

	/** The test run's server, as {@code postgresql://host:port/database}. */
	private static URI server() {
		return URI.create(TestDatabase.admin().jdbcUrl().substring("jdbc:".length()));
	}

	private static String database() {
		return server().getPath().substring(1);
	}

	private static String url(String database) {
		URI server = server();
		return "jdbc:postgresql://" + server.getHost() + ":" + server.getPort() + "/" + database;
	}

}
