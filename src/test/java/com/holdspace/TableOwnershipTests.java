package com.holdspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A module's SQL and JPQL name only its own tables and entities: another module's data is asked of
 * that module's API, or read from a view it publishes. The owner of every table is written in the
 * migrations ({@code comment on table ... is 'owner: booking'}, V57), so a new table without one
 * fails here too.
 */
@Tag("fast")
class TableOwnershipTests {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Path SOURCES = Path.of("src/main/java/com/holdspace");

	private static final Pattern OWNER = Pattern
		.compile("comment on (?:table|view) (\\w+) is 'owner: (\\w+)(; published)?'");

	private static final Pattern CREATED = Pattern.compile("create (?:table|view) (?:if not exists )?(\\w+)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern DROPPED = Pattern.compile("drop (?:table|view) (?:if exists )?(\\w+)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
			Pattern.DOTALL);

	private static final Pattern NAMED = Pattern.compile("\\b(?:from|join|into|update)\\s+([A-Za-z_]\\w*)",
			Pattern.CASE_INSENSITIVE);

	/**
	 * Code that may read across on purpose: the benchmark's seed and the demo fill every module's
	 * tables; the care rule asks bookings, session records and intakes in one statement on every
	 * clinical request, where three owners' answers would be three statements.
	 */
	private static final Set<String> READS_ACROSS = Set.of("seed/", "demo/", "shared/CareRelationship.java");

	@Test
	void everyTableHasAnOwnerThatIsAModule() throws IOException {
		Map<String, String> owners = owners(new TreeSet<>());
		Set<String> unowned = new TreeSet<>(existingTables());
		unowned.removeAll(owners.keySet());
		assertThat(unowned).as("tables without 'owner: <module>' in a migration").isEmpty();
		assertThat(new TreeSet<>(owners.values())).allSatisfy(module -> assertThat(SOURCES.resolve(module)).isDirectory());
	}

	@Test
	void noModuleReadsAnotherModulesTablesOrEntities() throws IOException {
		Set<String> published = new TreeSet<>();
		Map<String, String> owners = owners(published);
		Map<String, String> entities = entities();
		List<String> crossings = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				String relative = SOURCES.relativize(file).toString().replace('\\', '/');
				if (READS_ACROSS.stream().anyMatch(relative::startsWith) || !relative.contains("/")) {
					continue;
				}
				String module = relative.substring(0, relative.indexOf('/'));
				Matcher literal = STRING.matcher(Files.readString(file));
				while (literal.find()) {
					String text = (literal.group(1) != null) ? literal.group(1) : literal.group(2);
					Matcher named = NAMED.matcher(text);
					while (named.find()) {
						String name = named.group(1);
						String owner = owners.containsKey(name.toLowerCase()) ? owners.get(name.toLowerCase())
								: entities.get(name);
						if (owner != null && !owner.equals(module) && !owner.equals("shared")
								&& !published.contains(name.toLowerCase())) {
							crossings.add(relative + " reads " + name + " (" + owner + ")");
						}
					}
				}
			}
		}
		assertThat(crossings).as("queries that read another module's data").isEmpty();
	}

	/** Table (or view) to owning module, from the migrations; the views an owner publishes go in {@code published}. */
	private static Map<String, String> owners(Set<String> published) throws IOException {
		Map<String, String> owners = new HashMap<>();
		for (String migration : migrations()) {
			Matcher owner = OWNER.matcher(migration);
			while (owner.find()) {
				owners.put(owner.group(1), owner.group(2));
				if (owner.group(3) != null) {
					published.add(owner.group(1));
				}
			}
		}
		return owners;
	}

	private static Set<String> existingTables() throws IOException {
		Set<String> tables = new TreeSet<>();
		for (String migration : migrations()) {
			CREATED.matcher(migration).results().forEach(created -> tables.add(created.group(1).toLowerCase()));
			DROPPED.matcher(migration).results().forEach(dropped -> tables.remove(dropped.group(1).toLowerCase()));
		}
		return tables;
	}

	/** Migrations in the order Flyway runs them. */
	private static List<String> migrations() throws IOException {
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			List<Path> sorted = files.filter(path -> path.getFileName().toString().matches("V\\d+__.*\\.sql"))
				.sorted((a, b) -> Integer.compare(version(a), version(b)))
				.toList();
			List<String> texts = new ArrayList<>();
			for (Path path : sorted) {
				texts.add(Files.readString(path));
			}
			return texts;
		}
	}

	private static int version(Path migration) {
		String name = migration.getFileName().toString();
		return Integer.parseInt(name.substring(1, name.indexOf("__")));
	}

	/** Entity class name to its module, for JPQL, which names entities instead of tables. */
	private static Map<String, String> entities() throws IOException {
		Map<String, String> entities = new HashMap<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				if (Files.readString(file).contains("\n@Entity")) {
					String relative = SOURCES.relativize(file).toString().replace('\\', '/');
					String name = file.getFileName().toString();
					entities.put(name.substring(0, name.length() - 5), relative.substring(0, relative.indexOf('/')));
				}
			}
		}
		return entities;
	}

}
