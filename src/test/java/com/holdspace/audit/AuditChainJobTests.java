package com.holdspace.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.IntegrationTest;

/**
 * A request appends its audit event without waiting for the chain; the job chains and seals it
 * after, in the order events were appended, and a job that dies midway loses nothing.
 */
@IntegrationTest
class AuditChainJobTests {

	@Autowired
	AuditLog log;

	@Autowired
	AuditChainJob job;

	@Autowired
	AuditChain chain;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anEventIsKeptAtOnceAndTakesItsPlaceInTheChainSealedWhenTheJobRuns() {
		String actor = appendThree();
		assertThat(events(actor)).hasSize(3).allSatisfy(event -> assertThat(event.get("position")).isNull());

		this.job.catchUp();

		List<Map<String, Object>> chained = events(actor);
		assertThat(chained).extracting(event -> (Long) event.get("position")).doesNotContainNull().isSorted();
		long first = (Long) chained.get(0).get("position");
		assertThat(chained).extracting(event -> event.get("position")).containsExactly(first, first + 1, first + 2);
		assertThat(chained.get(1).get("prev_hash")).isEqualTo(chained.get(0).get("hash"));
		assertThat(this.jdbc.queryForObject("select count(*) from audit_seal where position between ? and ?",
				Integer.class, first, first + 2)).isEqualTo(3);
		assertThat(this.chain.verify().intact()).isTrue();
	}

	@Test
	void aJobKilledMidwayLosesNothingAndTheNextRunChainsEveryEvent() {
		String actor = appendThree();

		// the job's own connection ends between chaining the rows and sealing them
		assertThatExceptionOfType(RuntimeException.class).isThrownBy(
				() -> this.job.extend(() -> this.jdbc.execute("select pg_terminate_backend(pg_backend_pid())")));

		assertThat(events(actor)).hasSize(3).allSatisfy(event -> assertThat(event.get("position")).isNull());
		this.job.catchUp();
		assertThat(events(actor)).hasSize(3).allSatisfy(event -> assertThat(event.get("position")).isNotNull());
		AuditChain.Verdict verdict = this.chain.verify();
		assertThat(verdict.intact()).as(verdict.problem()).isTrue();
		assertThat(this.job.unchained()).isZero();
	}

	@Test
	void theApplicationCannotChooseAnEventsPlaceNorChainARowItself() {
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("""
					insert into audit_event (occurred_at, actor, action, subject, position, prev_hash, hash)
					values (now(), 'forger', 'VIEW', 'forged', 999999, repeat('0', 64), repeat('1', 64))"""))
			.havingRootCause()
			.withMessageContaining("permission denied");
		String actor = appendThree();
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("update audit_event set position = 999999 where actor = ?", actor))
			.havingRootCause()
			.withMessageContaining("permission denied");
	}

	private String appendThree() {
		String actor = "chain-" + UUID.randomUUID() + "@example.org";
		for (int i = 0; i < 3; i++) {
			this.log.recordFor(actor, AuditAction.ACCOUNT, "event " + i);
		}
		return actor;
	}

	private List<Map<String, Object>> events(String actor) {
		return this.jdbc.queryForList("select * from audit_event where actor = ? order by id", actor);
	}

}
