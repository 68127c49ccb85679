package com.holdspace.shared;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

/**
 * How many tries a person, an address or a handed-over tablet gets at a secret before Holdspace
 * stops listening for a while. Each try takes a token from a bucket in PostgreSQL, under a row lock,
 * before the secret is even checked: ten tries at once get exactly as many answers as the limit
 * allows, on one instance or many. Time is the clinic's clock, so tests move it instead of waiting.
 */
@Component
public class RateLimits {

	/** What is being tried, and how often. */
	public enum Limit {

		/**
		 * One's current password, typed again to change it (signing in is counted per account and
		 * address instead: SignInFailures).
		 */
		SIGN_IN_ACCOUNT(5, Duration.ofMinutes(15)),

		/**
		 * Failed sign-ins from one address, whichever accounts are tried (a successful one is given
		 * back: a clinic's staff share one address and sign in all day).
		 */
		SIGN_IN_ADDRESS(30, Duration.ofMinutes(15)),

		/** The therapist's password to take back a tablet a client holds, per sign-in. */
		UNLOCK(5, Duration.ofHours(12)),

		/** Times asked for and confirmed online from one address: each one holds a time and sends an email. */
		ONLINE_REQUESTS(10, Duration.ofHours(1));

		private final int tries;

		private final Duration per;

		Limit(int tries, Duration per) {
			this.tries = tries;
			this.per = per;
		}

		public int tries() {
			return this.tries;
		}

		public Duration per() {
			return this.per;
		}

		BucketConfiguration bucket() {
			return bucket(this.tries, this.per);
		}

		static BucketConfiguration bucket(int tries, Duration per) {
			return BucketConfiguration.builder()
				.addLimit(limit -> limit.capacity(tries).refillIntervally(tries, per))
				.build();
		}

	}

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	RateLimits(DataSource dataSource, ClinicTime time) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.clientClock(new ClockTime(time))
			.build();
	}

	/** Takes one try; answers false when none is left, and then the secret must not be checked. */
	public boolean tryOnce(Limit limit, String who) {
		return this.buckets.getProxy(key(limit, who), limit::bucket).tryConsume(1);
	}

	/**
	 * Takes one try from a limit a feature sets itself (a clinic tunes it), named so that it shares
	 * no bucket with the fixed ones.
	 */
	public boolean tryOnce(String name, int tries, Duration per, String who) {
		return this.buckets.getProxy(name + ":" + who, () -> Limit.bucket(tries, per)).tryConsume(1);
	}

	/** Forgets a feature's own limit for one address. */
	public void forget(String name, String who) {
		this.buckets.removeProxy(name + ":" + who);
	}

	/** The tries left, without taking one. */
	public long triesLeft(Limit limit, String who) {
		return this.buckets.getProxy(key(limit, who), limit::bucket).getAvailableTokens();
	}

	/** A try that turned out well does not count against the limit. */
	public void giveBack(Limit limit, String who) {
		this.buckets.getProxy(key(limit, who), limit::bucket).addTokens(1);
	}

	/** After a success: the count starts again. */
	public void forget(Limit limit, String who) {
		this.buckets.removeProxy(key(limit, who));
	}

	/** Buckets full again for long enough are no longer needed. */
	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
	void removeExpired() {
		while (this.buckets.removeExpired(1000) == 1000) {
			// more to remove
		}
	}

	private static String key(Limit limit, String who) {
		return limit.name() + ":" + SecretTokens.sha256(Emails.normalise(who));
	}

	/** Bucket4j's time, from the clinic's clock. */
	private record ClockTime(ClinicTime time) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			Instant now = this.time.clock().instant();
			return now.getEpochSecond() * 1_000_000_000L + now.getNano();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
