package com.holdspace.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads every encrypted text in the database and decrypts it with the keys this instance was
 * started with, changing nothing. After a restore it answers the one question a backup cannot:
 * are the keys kept apart from the database the ones its texts were written under? It also looks in
 * every text column for values that carry the cipher's mark but are missing from the list
 * {@link Rekeying} rewrites, because a key rotation would leave those behind.
 */
@Component
public class EncryptionCheck {

	private final JdbcTemplate jdbc;

	EncryptionCheck(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** What the check found: values decrypted per column, and every value or column that failed. */
	public record Result(Map<String, Long> decrypted, List<String> problems) {

		public boolean intact() {
			return this.problems.isEmpty();
		}

		public long total() {
			return this.decrypted.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	@Transactional(readOnly = true)
	public Result run() {
		Map<String, Long> decrypted = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		for (Rekeying.EncryptedColumn column : Rekeying.COLUMNS) {
			long[] count = { 0 };
			// the names come from the fixed list, never from a request
			this.jdbc.query("select " + column.column() + " from " + column.table() + " where " + column.column()
					+ " like ?", row -> {
						try {
							FieldCipher.get().decrypt(row.getString(1), column.purpose());
							count[0]++;
						}
						catch (IllegalStateException failed) {
							if (problems.size() < 20) {
								problems.add(column.table() + "." + column.column() + ": " + failed.getMessage());
							}
						}
					}, FieldCipher.PREFIX + "%");
			decrypted.put(column.table() + "." + column.column(), count[0]);
		}
		problems.addAll(unlisted());
		return new Result(decrypted, problems);
	}

	private List<String> unlisted() {
		Set<String> listed = Rekeying.COLUMNS.stream()
			.map(column -> column.table() + "." + column.column())
			.collect(Collectors.toSet());
		List<String> found = new ArrayList<>();
		List<Map<String, Object>> columns = this.jdbc.queryForList("""
				select c.table_name, c.column_name from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
				  and c.data_type in ('text', 'character varying')""");
		for (Map<String, Object> column : columns) {
			String name = column.get("table_name") + "." + column.get("column_name");
			if (listed.contains(name)) {
				continue;
			}
			// the names come from the catalogue; quoted as identifiers all the same
			Boolean marked = this.jdbc.queryForObject("select exists (select 1 from \"" + column.get("table_name")
					+ "\" where \"" + column.get("column_name") + "\" like ?)", Boolean.class, FieldCipher.PREFIX + "%");
			if (Boolean.TRUE.equals(marked)) {
				found.add(name + " holds encrypted texts that rekeying does not know of");
			}
		}
		return found;
	}

}
