package com.holdspace.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The temporary files a copy of the whole record is written through: the parts of the PDF and the
 * whole before it is sealed into PostgreSQL. They hold the record in the clear (readable by the
 * application's user alone), so they are named for the client, and a copy that stalled because its
 * writer stopped has what it left removed by name.
 */
final class TemporaryRecordFiles {

	private TemporaryRecordFiles() {
	}

	static String prefix(long clientId) {
		return "holdspace-record-" + clientId + "-";
	}

	/** Removes every temporary file or folder a copy of this client's record left behind. */
	static void removeLeftBy(long clientId) {
		Path folder = Path.of(System.getProperty("java.io.tmpdir"));
		try (Stream<Path> left = Files.list(folder)) {
			left.filter(path -> path.getFileName().toString().startsWith(prefix(clientId)))
				.forEach(TemporaryRecordFiles::remove);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

	private static void remove(Path path) {
		try (Stream<Path> inside = Files.walk(path)) {
			inside.sorted(Comparator.reverseOrder()).forEach(each -> each.toFile().delete());
		}
		catch (IOException gone) {
			// removed meanwhile by the writer itself
		}
	}

}
