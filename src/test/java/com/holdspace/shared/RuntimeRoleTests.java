package com.holdspace.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.IntegrationTest;
import com.holdspace.TestClock;
import com.holdspace.TestDatabase;
import com.holdspace.aftercare.AftercareFixtures;
import com.holdspace.audit.AuditAction;
import com.holdspace.audit.AuditLog;

/**
 * The application's own database role cannot undo what the database keeps: it is not a superuser,
 * owns no table and is no member of the owner, so it can neither switch the triggers off that lock
 * records nor change the insert-only tables, nor empty any table. Each refused statement is tried
 * through the application's own DataSource and again on a plain JDBC connection as the runtime role,
 * and each refusal is checked for PostgreSQL's reason.
 */
@IntegrationTest
class RuntimeRoleTests {

	/** insufficient_privilege: what PostgreSQL answers when a role lacks a right. */
	private static final String PERMISSION_DENIED = "42501";

	/** object_not_in_prerequisite_state: what the record locks raise. */
	private static final String LOCKED_BY_TRIGGER = "55000";

	/** Tables the application only ever adds to (the entity history besides). */
	private static final List<String> INSERT_ONLY = List.of("audit_event", "audit_seal", "booking_event",
			"consent_document_version", "signed_consent", "consent_withdrawal", "intake_version", "intake_clearance",
			"clinical_hold_reason", "clinical_hold_step", "session_entry", "session_amendment", "aftercare_check_in",
			"history_revision");

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AftercareFixtures aftercare;

	@Autowired
	AuditLog audit;

	private long auditId;

	private long signedSession;

	private long handedOverPlan;

	@BeforeEach
	void recordsThatAreLocked() {
		this.audit.recordFor("runtime-role@holdspace.test", AuditAction.VIEW, "a row the runtime role cannot change");
		this.auditId = this.jdbc.queryForObject("select max(id) from audit_event", Long.class);
		var client = this.aftercare.client();
		this.signedSession = this.aftercare.checkedInSession(client);
		this.jdbc.update("""
				insert into session_entry (session_id, token, kind, occurred_at, event, recorded_by, recorded_by_name)
				select id, gen_random_uuid(), 'EVENT', %s, 'CRYING', therapist_id, therapist_name
				from session_record where id = ?""".formatted(TestClock.sqlNow()), this.signedSession);
		this.jdbc.update("update session_record set tension_after = 3, grounding_done = true, subjective = 's', "
				+ "objective = 'o', assessment = 'a', plan = 'p', signed_at = " + TestClock.sqlNow()
				+ ", signed_by = therapist_id, signed_by_name = therapist_name where id = ?", this.signedSession);
		this.handedOverPlan = this.aftercare.handedOverPlan(client, "Rest this evening", null);
	}

	@Test
	void theApplicationConnectsAsARoleThatIsNoSuperuserOwnsNothingAndIsNoMemberOfTheOwner() {
		assertThat(this.jdbc.queryForObject("select current_user", String.class)).isEqualTo(TestDatabase.RUNTIME);
		assertThat(this.jdbc.queryForObject("select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls "
				+ "from pg_roles where rolname = current_user", Boolean.class)).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from pg_class where relowner = current_user::regrole",
				Long.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from pg_proc where proowner = current_user::regrole",
				Long.class)).isZero();
		assertThat(this.jdbc.queryForObject("select pg_has_role(current_user, ?, 'MEMBER')", Boolean.class,
				TestDatabase.OWNER)).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from pg_tables where schemaname = current_schema() "
				+ "and has_table_privilege(current_user, format('%I.%I', schemaname, tablename), 'TRUNCATE')",
				Long.class)).isZero();
	}

	@Test
	void everyStatementThatWouldUndoARecordIsRefusedOnTheApplicationsDataSourceAndOnAPlainConnection()
			throws SQLException {
		Map<String, String> refused = refusedStatements();
		int count = 0;
		try (Connection application = this.dataSource.getConnection()) {
			count += assertRefused(application, refused);
		}
		try (Connection plain = TestDatabase.coordinates().connect()) {
			assertThat(plain.getMetaData().getUserName()).isEqualTo(TestDatabase.RUNTIME);
			count += assertRefused(plain, refused);
		}
		System.out.printf("RuntimeRoleTests: %d statements refused to the runtime role (%d distinct, each on the "
				+ "application's DataSource and on a plain connection)%n", count, refused.size());
		assertThat(count).isEqualTo(2 * refused.size());

		// and nothing changed
		assertThat(this.jdbc.queryForObject("select actor from audit_event where id = ?", String.class, this.auditId))
			.isEqualTo("runtime-role@holdspace.test");
		assertThat(this.jdbc.queryForObject("select plan from session_record where id = ?", String.class,
				this.signedSession)).isNotEqualTo("rewritten");
		assertThat(this.jdbc.queryForObject("select count(*) from session_entry where session_id = ?", Long.class,
				this.signedSession)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event", Long.class)).isPositive();
	}

	@Test
	void theWorkingTablesStillTakeTheApplicationsChanges() throws SQLException {
		// the refusals above are not a role that can do nothing: its own tables take updates and deletes
		try (Connection plain = TestDatabase.coordinates().connect(); var statement = plain.createStatement()) {
			statement.executeUpdate("update account set enabled = enabled where false");
			statement.executeUpdate("delete from rate_limit_bucket where false");
			statement.executeUpdate("update spring_session set last_access_time = last_access_time where false");
		}
	}

	/** Statement, and the SQLSTATE PostgreSQL must refuse it with. */
	private Map<String, String> refusedStatements() {
		Map<String, String> statements = new LinkedHashMap<>();
		statements.put("update audit_event set actor = 'someone else' where id = " + this.auditId, PERMISSION_DENIED);
		statements.put("delete from audit_event where id = " + this.auditId, PERMISSION_DENIED);
		// the runtime role writes a record until it is signed; after that the record's trigger refuses,
		// and the role can neither switch it off nor pass it (below)
		statements.put("update session_record set plan = 'rewritten' where id = " + this.signedSession,
				LOCKED_BY_TRIGGER);
		statements.put("delete from session_record where id = " + this.signedSession, PERMISSION_DENIED);
		statements.put("update session_entry set words = 'rewritten' where session_id = " + this.signedSession,
				PERMISSION_DENIED);
		statements.put("delete from session_entry where session_id = " + this.signedSession, PERMISSION_DENIED);
		statements.put("update aftercare_plan set notes = 'rewritten' where id = " + this.handedOverPlan,
				LOCKED_BY_TRIGGER);
		statements.put("delete from aftercare_plan where id = " + this.handedOverPlan, PERMISSION_DENIED);
		for (String table : insertOnlyTables()) {
			String column = this.jdbc.queryForObject("select column_name from information_schema.columns "
					+ "where table_schema = current_schema() and table_name = ? and is_identity = 'NO' "
					+ "and is_generated = 'NEVER' order by ordinal_position limit 1", String.class,
					table);
			statements.putIfAbsent("update " + table + " set " + column + " = " + column + " where false",
					PERMISSION_DENIED);
			statements.putIfAbsent("delete from " + table + " where false", PERMISSION_DENIED);
		}
		for (String table : allTables()) {
			statements.put("truncate " + table + " cascade", PERMISSION_DENIED);
			statements.put("alter table " + table + " disable trigger all", PERMISSION_DENIED);
		}
		statements.put("alter table audit_event disable trigger audit_event_insert_only", PERMISSION_DENIED);
		statements.put("alter table session_record disable trigger session_record_locked", PERMISSION_DENIED);
		statements.put("alter table audit_event owner to " + TestDatabase.RUNTIME, PERMISSION_DENIED);
		statements.put("drop table audit_event", PERMISSION_DENIED);
		statements.put("set session_replication_role = replica", PERMISSION_DENIED);
		statements.put("set role " + TestDatabase.OWNER, PERMISSION_DENIED);
		statements.put("create or replace function audit_event_is_insert_only() returns trigger language plpgsql "
				+ "as $$ begin return old; end $$", PERMISSION_DENIED);
		return statements;
	}

	private List<String> insertOnlyTables() {
		List<String> tables = new ArrayList<>(INSERT_ONLY);
		tables.addAll(this.jdbc.queryForList("select tablename from pg_tables where schemaname = current_schema() "
				+ "and tablename like '%\\_history' and tablename <> 'flyway_schema_history' order by 1", String.class));
		assertThat(tables).as("the entity history tables").hasSizeGreaterThan(INSERT_ONLY.size() + 5);
		return tables;
	}

	private List<String> allTables() {
		List<String> tables = this.jdbc.queryForList(
				"select tablename from pg_tables where schemaname = current_schema() order by 1", String.class);
		assertThat(tables).contains("audit_event", "session_record", "spring_session", "rate_limit_bucket");
		return tables;
	}

	/** Runs each statement on its own and checks PostgreSQL refused it for the expected reason. */
	private static int assertRefused(Connection connection, Map<String, String> statements) throws SQLException {
		connection.setAutoCommit(true);
		int refused = 0;
		for (var statement : statements.entrySet()) {
			try (var executing = connection.createStatement()) {
				assertThatExceptionOfType(SQLException.class).as(statement.getKey())
					.isThrownBy(() -> executing.execute(statement.getKey()))
					.satisfies(refusal -> assertThat(refusal.getSQLState()).as("%s: %s", statement.getKey(),
							refusal.getMessage()).isEqualTo(statement.getValue()));
				refused++;
			}
		}
		return refused;
	}

}
