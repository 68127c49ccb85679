package com.holdspace.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * A stale edit is refused like any other rule: one catch puts it on the form, and its text is found
 * from the record's name alone, so a new kind of record that forgets its text fails here, not on a
 * page at the moment two people save at once.
 */
@Tag("fast")
class StaleEditTests {

	private static final Pattern THROWN = Pattern.compile("new StaleEditException\\(\\s*\"([^\"]+)\"");

	@Test
	void aStaleEditIsARefusalAboutTheWholeFormNamedByItsRecord() {
		Refused stale = new StaleEditException("Session type", 7L);
		var errors = new BeanPropertyBindingResult(new Object(), "form");

		stale.addTo(errors);

		assertThat(stale.code()).isEqualTo("stale.sessionType");
		assertThat(stale.field()).isNull();
		assertThat(errors.getGlobalError().getCode()).isEqualTo("stale.sessionType");
		assertThat(new StaleEditException("Booking", 1).code()).isEqualTo("stale.booking");
	}

	@Test
	void everyStaleEditThrownHasItsText() throws IOException {
		Properties messages = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"))) {
			messages.load(reader);
		}
		Set<String> codes = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher thrown = THROWN.matcher(Files.readString(file));
				while (thrown.find()) {
					codes.add(StaleEditException.code(thrown.group(1)));
				}
			}
		}

		// the admin lists name their records where they change them, not where they throw
		Stream.of("Room", "Room use", "Site", "Site use", "Session type", "Aftercare item")
			.map(StaleEditException::code)
			.forEach(codes::add);
		assertThat(codes).contains("stale.booking", "stale.client");
		assertThat(codes).allSatisfy(code -> assertThat(messages).containsKey(code));
	}

}
