package com.holdspace.system;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rewrites every encrypted text under the current key: after a key rotation, and once after the
 * upgrade that began encryption, for texts written before it. Signed session records, finished
 * sittings and intake versions are locked by triggers; this one rewrite passes them by running with
 * {@code session_replication_role = replica}, which only the database owner may set, so it runs with
 * the owner's credentials, as migrations do. The plain text of each value is unchanged.
 */
@Component
public class Rekeying {

	private static final Logger log = LoggerFactory.getLogger(Rekeying.class);

	/** Table, its key, column and the purpose its converter binds in. */
	record EncryptedColumn(String table, String key, String column, String purpose) {

		EncryptedColumn(String table, String column, String purpose) {
			this(table, "id", column, purpose);
		}

	}

	static final List<EncryptedColumn> COLUMNS = List.of(new EncryptedColumn("intake_draft", "client_id", "answers", "intake_answers"),
			new EncryptedColumn("intake_version", "answers", "intake_answers"),
			new EncryptedColumn("intake_self_fill", "answers", "intake_answers"),
			new EncryptedColumn("session_record", "arrival", "session_record"),
			new EncryptedColumn("session_record", "grounding", "session_record"),
			new EncryptedColumn("session_record", "subjective", "session_record"),
			new EncryptedColumn("session_record", "objective", "session_record"),
			new EncryptedColumn("session_record", "assessment", "session_record"),
			new EncryptedColumn("session_record", "plan", "session_record"),
			new EncryptedColumn("session_record", "referral", "session_record"),
			new EncryptedColumn("session_entry", "words", "session_entry"),
			new EncryptedColumn("session_amendment", "body", "session_amendment"));

	private static final int BATCH = 500;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	Rekeying(JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** Rewrites what is not yet under the current key; returns how many values were rewritten. */
	public long rewriteAll() {
		long rewritten = 0;
		for (EncryptedColumn column : COLUMNS) {
			long done;
			do {
				done = this.transactions.execute(status -> rewriteBatch(column));
				rewritten += done;
			}
			while (done == BATCH);
		}
		log.info("Rekeying done: {} values now under key {}.", rewritten, FieldCipher.get().currentKeyId());
		return rewritten;
	}

	private long rewriteBatch(EncryptedColumn column) {
		this.jdbc.execute("set local session_replication_role = replica");
		// the names come from the list above, never from a request
		List<Map<String, Object>> rows = this.jdbc.queryForList("select " + column.key() + " as key, "
				+ column.column() + " as value from " + column.table() + " where " + column.column()
				+ " is not null and btrim(" + column.column() + ") <> '' and " + column.column() + " not like ? order by "
				+ column.key() + " limit " + BATCH,
				FieldCipher.PREFIX + FieldCipher.get().currentKeyId() + ":%");
		for (Map<String, Object> row : rows) {
			String plain = FieldCipher.get().decrypt((String) row.get("value"), column.purpose());
			this.jdbc.update("update " + column.table() + " set " + column.column() + " = ? where " + column.key()
					+ " = ?", FieldCipher.get().encrypt(plain, column.purpose()), row.get("key"));
		}
		return rows.size();
	}

}
