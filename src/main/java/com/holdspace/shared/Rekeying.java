package com.holdspace.shared;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rewrites every encrypted text under the current key: after a key rotation, and once after the
 * upgrade that began encryption, for texts written before it. Signed session records, finished
 * sittings and intake versions are locked by triggers; this one rewrite passes them by switching the
 * table's own triggers off inside each batch's transaction (they are on again when it commits), which
 * only the owner of the tables may do. So it connects as the owner, with Flyway's credentials
 * ({@code spring.flyway.user}), never as the application's runtime role. The plain text of each
 * value is unchanged.
 */
@Component
public class Rekeying {

	private static final Logger log = LoggerFactory.getLogger(Rekeying.class);

	/** Table, column and the purpose its converter binds in. */
	record EncryptedColumn(String table, String column, String purpose) {
	}

	static final List<EncryptedColumn> COLUMNS = columns();

	private static List<EncryptedColumn> columns() {
		Map<String, List<String>> encrypted = Map.of("intake_draft", List.of("answers"), "intake_version",
				List.of("answers"), "intake_self_fill", List.of("answers"), "session_record",
				List.of("arrival", "grounding", "subjective", "objective", "assessment", "plan", "referral"),
				"session_entry", List.of("words"), "session_amendment", List.of("body"));
		List<EncryptedColumn> columns = new java.util.ArrayList<>();
		encrypted.forEach((table, names) -> {
			String purpose = table.startsWith("intake_") ? "intake_answers" : table;
			for (String name : names) {
				columns.add(new EncryptedColumn(table, name, purpose));
				// the entity history keeps the same values, encrypted the same way
				if (!table.equals("session_entry")) {
					columns.add(new EncryptedColumn(table + "_history", name, purpose));
				}
			}
		});
		// staff's authenticator secrets (SecondFactor)
		columns.add(new EncryptedColumn("account", "totp_secret", "account_totp"));
		// the secret link of an email still waiting to go out (OutgoingMessage)
		columns.add(new EncryptedColumn("outgoing_message", "link", "outgoing_message"));
		// what a person typed into a short clinical form and has not sent yet (TypedDrafts)
		columns.add(new EncryptedColumn("typed_draft", "body", TypedDrafts.PURPOSE));
		return List.copyOf(columns);
	}

	private static final int BATCH = 500;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	Rekeying(Flyway flyway) {
		DataSource owner = flyway.getConfiguration().getDataSource();
		this.jdbc = new JdbcTemplate(owner);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(owner));
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
		// the names come from the list above, never from a request
		this.jdbc.execute("alter table " + column.table() + " disable trigger user");
		String name = column.column();
		List<Map<String, Object>> rows = this.jdbc.queryForList("select ctid::text as key, " + name + " as value from "
				+ column.table() + " where " + name + " is not null and btrim(" + name + ") <> '' and " + name
				+ " not like ? limit " + BATCH,
				FieldCipher.PREFIX + FieldCipher.get().currentKeyId() + ":%");
		for (Map<String, Object> row : rows) {
			String plain = FieldCipher.get().decrypt((String) row.get("value"), column.purpose());
			this.jdbc.update("update " + column.table() + " set " + name + " = ? where ctid = ?::tid",
					FieldCipher.get().encrypt(plain, column.purpose()), row.get("key"));
		}
		this.jdbc.execute("alter table " + column.table() + " enable trigger user");
		return rows.size();
	}

}
