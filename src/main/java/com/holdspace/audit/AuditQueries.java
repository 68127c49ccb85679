package com.holdspace.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.shared.ClinicTime;

/**
 * The audit log as the admin reads it: newest first, narrowed by person, client, action and days
 * (clinic days), a page at a time by position, so a page costs one query however long the log.
 */
@Component
class AuditQueries {

	static final int PAGE = 100;

	/** A CSV export stops here; narrow the filter for more. */
	static final int EXPORT_MAX = 100_000;

	private final JdbcTemplate jdbc;

	private final ClinicTime time;

	AuditQueries(JdbcTemplate jdbc, ClinicTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	@Transactional(readOnly = true)
	public List<AuditRecord> page(AuditFilter filter) {
		List<Object> args = new ArrayList<>();
		String where = where(filter, args, true);
		args.add(PAGE);
		return this.jdbc.query("select * from audit_event" + where + " order by position desc limit ?",
				AuditQueries::record, args.toArray());
	}

	/** Every matching event, newest first, up to {@link #EXPORT_MAX}, one at a time. */
	@Transactional(readOnly = true)
	public void each(AuditFilter filter, Consumer<AuditRecord> sink) {
		List<Object> args = new ArrayList<>();
		String where = where(filter, args, false);
		args.add(EXPORT_MAX);
		RowCallbackHandler each = row -> sink.accept(record(row, 0));
		this.jdbc.query("select * from audit_event" + where + " order by position desc limit ?", each,
				args.toArray());
	}

	private String where(AuditFilter filter, List<Object> args, boolean paged) {
		List<String> conditions = new ArrayList<>();
		// an event appended this very moment shows once it has its place in the chain
		conditions.add("position is not null");
		if (filter.getUser() != null) {
			conditions.add("actor ilike ?");
			args.add("%" + filter.getUser().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (filter.getClientId() != null) {
			conditions.add("client_id = ?");
			args.add(filter.getClientId());
		}
		if (filter.getAction() != null) {
			conditions.add("action = ?");
			args.add(filter.getAction().name());
		}
		if (filter.getFrom() != null) {
			conditions.add("occurred_at >= ?");
			args.add(Timestamp.from(filter.getFrom().atStartOfDay(this.time.zone()).toInstant()));
		}
		if (filter.getTo() != null) {
			conditions.add("occurred_at < ?");
			args.add(Timestamp.from(filter.getTo().plusDays(1).atStartOfDay(this.time.zone()).toInstant()));
		}
		if (paged && filter.getBefore() != null) {
			conditions.add("position < ?");
			args.add(filter.getBefore());
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private static AuditRecord record(ResultSet row, int number) throws SQLException {
		return new AuditRecord(row.getLong("position"), row.getTimestamp("occurred_at").toInstant(),
				(Long) row.getObject("account_id"), row.getString("actor"), row.getString("role"),
				(Long) row.getObject("client_id"), AuditAction.valueOf(row.getString("action")), row.getString("subject"),
				(Integer) row.getObject("status"), row.getString("address"));
	}

}
