package com.holdspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.Fixtures;
import com.holdspace.HttpVisitor;
import com.holdspace.IntegrationTest;
import com.holdspace.StatementCounter;
import com.holdspace.staff.Role;

/**
 * A signed-in page reads its session once and writes nothing back within a minute of the last
 * write; after a minute, or when the person asks to stay signed in, the last access is written.
 */
@IntegrationTest
class SessionTouchesTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementCounter statements;

	private HttpVisitor desk;

	private String email;

	@BeforeEach
	void signedIn() {
		this.email = this.fixtures.staffMember(Role.FRONT_DESK);
		this.desk = new HttpVisitor(this.port);
		this.desk.signIn(this.email, Fixtures.PASSWORD);
		assertThat(this.desk.get("/clients").statusCode()).isEqualTo(200);
	}

	@Test
	void aPageReadSoonAfterTheLastReadsItsSessionOnceAndWritesNothingToIt() {
		long before = lastAccess();

		List<String> session = sessionStatementsOf(() -> this.desk.get("/clients"));

		assertThat(session).hasSize(1).allSatisfy(sql -> assertThat(sql).startsWithIgnoringCase("with asked"));
		assertThat(lastAccess()).isEqualTo(before);
	}

	@Test
	void aMinuteOnThePageReadWritesTheLastAccess() {
		this.jdbc.update("update spring_session set last_access_time = last_access_time - 61000 where principal_name = ?",
				this.email);
		long stale = lastAccess();

		List<String> session = sessionStatementsOf(() -> this.desk.get("/clients"));

		assertThat(session).hasSize(2);
		assertThat(session.get(1)).containsIgnoringCase("update");
		assertThat(lastAccess()).isGreaterThan(stale);
	}

	@Test
	void stayingSignedInWritesTheLastAccessAtOnce() {
		this.jdbc.update("update spring_session set last_access_time = last_access_time - 30000 where principal_name = ?",
				this.email);
		long stale = lastAccess();

		assertThat(this.desk.post("/session/keep-alive", Map.of()).statusCode()).isEqualTo(204);

		assertThat(lastAccess()).isGreaterThan(stale);
	}

	private long lastAccess() {
		return this.jdbc.queryForObject("select last_access_time from spring_session where principal_name = ?",
				Long.class, this.email);
	}

	private List<String> sessionStatementsOf(Runnable request) {
		this.statements.startEverywhere();
		try {
			request.run();
			return this.statements.stopEverywhere()
				.stream()
				.filter(sql -> sql.toLowerCase(java.util.Locale.ROOT).contains("spring_session"))
				.toList();
		}
		finally {
			this.statements.stopEverywhere();
		}
	}

}
