package com.holdspace.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.shared.FieldCipher;

/**
 * A written record kept in PostgreSQL as parts of a MiB each, every part sealed by the field cipher
 * and bound to its export and place, so a part moved, swapped or changed does not open. A file goes
 * in and comes out a part at a time: never more than one part is in memory.
 */
@Component
class RecordFile {

	/** The size of a part before it is sealed. */
	static final int PART_BYTES = 1024 * 1024;

	private final JdbcTemplate jdbc;

	RecordFile(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Copies the file into sealed parts, in the caller's transaction; answers how many parts. */
	@Transactional(propagation = Propagation.MANDATORY)
	int store(long exportId, Path file) {
		// a failed attempt left nothing (its transaction rolled back), but a retry starts clean all the same
		this.jdbc.update("delete from record_export_part where export_id = ?", exportId);
		byte[] buffer = new byte[PART_BYTES];
		int seq = 0;
		try (InputStream in = Files.newInputStream(file)) {
			int filled;
			while ((filled = in.readNBytes(buffer, 0, PART_BYTES)) > 0) {
				byte[] sealed = FieldCipher.get().seal(buffer, 0, filled, place(exportId, seq));
				this.jdbc.update("insert into record_export_part (export_id, seq, bytes) values (?, ?, ?)", exportId, seq,
						sealed);
				seq++;
			}
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		return seq;
	}

	/**
	 * Writes the file to {@code out} a part at a time, each read in a statement of its own, so the
	 * first bytes go out before the last are read.
	 */
	void copyTo(long exportId, int parts, OutputStream out) throws IOException {
		for (int seq = 0; seq < parts; seq++) {
			int at = seq;
			byte[] sealed = this.jdbc.query("select bytes from record_export_part where export_id = ? and seq = ?",
					rows -> rows.next() ? rows.getBytes(1) : null, exportId, at);
			if (sealed == null) {
				throw new IllegalStateException("Part " + seq + " of record export " + exportId + " is missing");
			}
			out.write(FieldCipher.get().open(sealed, place(exportId, seq)));
		}
		out.flush();
	}

	/** Removes the file's parts; the export's row stays. */
	int remove(long exportId) {
		return this.jdbc.update("delete from record_export_part where export_id = ?", exportId);
	}

	/** What each part is bound to: its export and its place in the file. */
	static String place(long exportId, int seq) {
		return "record_export_part:" + exportId + ":" + seq;
	}

}
