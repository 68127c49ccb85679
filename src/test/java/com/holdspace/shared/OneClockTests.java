package com.holdspace.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;


/**
 * Every production class reads the time from the clinic's injected clock, so a test that sets the
 * clock sets it for everything: no {@code now()} without a clock, no system clock, no SQL that asks
 * PostgreSQL for its own time. The one system clock is the bean in {@code ClockConfig}.
 */
@Tag("fast")
class OneClockTests {

	private static final Path MAIN = Path.of("src/main/java");

	private static final Pattern JAVA_NOW = Pattern.compile(
			"\\b(Instant|LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime|OffsetTime|Year|YearMonth|MonthDay)"
					+ "\\s*\\.\\s*now\\s*\\(\\s*\\)");

	private static final Pattern SYSTEM_CLOCK = Pattern
		.compile("\\bClock\\s*\\.\\s*system(UTC|DefaultZone)?\\s*\\(|System\\s*\\.\\s*currentTimeMillis\\s*\\(|new\\s+(java\\.util\\.)?Date\\s*\\(\\s*\\)");

	private static final Pattern DATABASE_NOW = Pattern.compile(
			"(?i)(?<![\\w.])(now\\s*\\(\\s*\\)|current_date|current_timestamp|localtimestamp|clock_timestamp\\s*\\(|statement_timestamp\\s*\\(|transaction_timestamp\\s*\\()");

	private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);

	private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

	@Test
	void noProductionClassReadsTheTimeWithoutTheInjectedClock() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			files.filter(file -> file.toString().endsWith(".java")).forEach(file -> found.addAll(misuses(file)));
		}
		assertThat(found).as("reads of the time that bypass the clinic's clock").isEmpty();
	}

	@Test
	void theCheckFindsEachWayOfReadingTheTimeBehindTheClocksBack() {
		assertThat(misuses("Example.java", """
				class Example {
					Instant a = Instant.now();
					LocalDate b = LocalDate.now( );
					Clock c = Clock.systemUTC();
					long d = System.currentTimeMillis();
					String e = "select * from booking where starts_at > now()";
					String f = \"""
							update x set y = current_date
							\""";
				}
				""")).hasSize(6);
		assertThat(misuses("Example.java", """
				class Example {
					Instant a = Instant.now(this.clock);
					LocalDate b = LocalDate.now(clinicTime.clock());
					Instant c = now();
					String d = "select * from booking where starts_at > ?";
				}
				""")).isEmpty();
	}

	@Test
	void theOnlySystemClockIsTheApplicationsClockBean() throws IOException {
		assertThat(Files.readString(MAIN.resolve("com/holdspace/shared/ClockConfig.java")))
			.contains("Clock.systemUTC()");
	}

	private static List<String> misuses(Path file) {
		if (file.endsWith(Path.of("com/holdspace/shared/ClockConfig.java"))) {
			return List.of();
		}
		try {
			return misuses(MAIN.relativize(file).toString(), Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<String> misuses(String name, String source) {
		String code = source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
		List<String> found = new ArrayList<>();
		add(found, name, JAVA_NOW.matcher(code));
		add(found, name, SYSTEM_CLOCK.matcher(code));
		Matcher blocks = TEXT_BLOCK.matcher(code);
		while (blocks.find()) {
			add(found, name, DATABASE_NOW.matcher(blocks.group(1)));
		}
		Matcher strings = STRING.matcher(TEXT_BLOCK.matcher(code).replaceAll(" "));
		while (strings.find()) {
			add(found, name, DATABASE_NOW.matcher(strings.group(1)));
		}
		return found;
	}

	private static void add(List<String> found, String name, Matcher matcher) {
		while (matcher.find()) {
			found.add(name + ": " + matcher.group());
		}
	}

}
