package com.holdspace.audit;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Extends the audit chain behind the requests that append to it (V55). Each run chains the rows
 * appended since the last, oldest first, in batches: PostgreSQL gives each its position and hashes
 * under the chain's lock, and the seals under Holdspace's key go in with them, so a batch is chained
 * and sealed whole or, if the job dies midway, not at all and taken up again by the next run.
 * Instances share the lock; one that finds it taken leaves the batch to the holder.
 */
@Component
public class AuditChainJob {

	private static final Logger log = LoggerFactory.getLogger(AuditChainJob.class);

	private final JdbcTemplate jdbc;

	private final AuditSeals seals;

	private final TransactionTemplate ownTransaction;

	private final int batchSize;

	AuditChainJob(JdbcTemplate jdbc, AuditSeals seals, PlatformTransactionManager transactions,
			@Value("${holdspace.audit.chain-batch:500}") int batchSize) {
		this.jdbc = jdbc;
		this.seals = seals;
		this.batchSize = batchSize;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Scheduled(fixedDelayString = "${holdspace.audit.chain-interval:PT1S}")
	void onSchedule() {
		try {
			catchUp();
		}
		catch (RuntimeException ex) {
			// the rows wait unchained and lose nothing; the next run takes them up
			log.warn("The audit chain was not extended this time: {}", ex.getMessage());
		}
	}

	/**
	 * Chains what has been appended so far, for a reader that wants the latest events in their place
	 * (the audit log page, its verification). Should another instance hold the chain just now, it is
	 * doing the same work, and this returns at once rather than wait for it.
	 */
	public void catchUp() {
		while (extend() == this.batchSize) {
			// a backlog: whole batches until it is gone
		}
	}

	/** Chains and seals one batch; the number of events chained. */
	int extend() {
		return extend(() -> {
		});
	}

	/** As {@link #extend()}, with {@code midway} run after the rows are chained and before they are sealed. */
	int extend(Runnable midway) {
		Integer chained = this.ownTransaction.execute(tx -> {
			List<Object[]> sealed = new ArrayList<>();
			this.jdbc.query("select chained_position, chained_hash from audit_event_extend_chain(?)", row -> {
				AuditSeals.Seal seal = this.seals.seal(row.getString(2));
				sealed.add(new Object[] { row.getLong(1), seal.keyId(), seal.mac() });
			}, this.batchSize);
			midway.run();
			if (!sealed.isEmpty()) {
				this.jdbc.batchUpdate("insert into audit_seal (position, key_id, mac) values (?, ?, ?)", sealed);
			}
			return sealed.size();
		});
		return (chained != null) ? chained : 0;
	}

	/** Events appended and not yet chained. */
	public long unchained() {
		Long count = this.jdbc.queryForObject("select count(*) from audit_event where position is null", Long.class);
		return (count != null) ? count : 0;
	}

}
