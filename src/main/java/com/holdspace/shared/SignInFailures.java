package com.holdspace.shared;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords and second-factor codes, per account and address, as trusted identity providers
 * count them. The first three tries from an address are free; each one after waits twice as long
 * as the one before, from five seconds up to fifteen minutes. A right secret forgets that
 * address's count. An address that has not failed is never made to wait, so five guesses at a
 * therapist's email from elsewhere no longer keep her out; only when an account has failed very
 * often (a guess spread over many addresses) do addresses that have already failed at it stop
 * being heard. A try is counted, under the row's lock, before its secret is checked, so ten tries
 * at once get no more answers than the rule allows.
 */
@Component
public class SignInFailures {

	/** What is being tried. */
	public enum Step {

		PASSWORD, CODE

	}

	/** The answer to a try: go ahead and check the secret, or wait this long first. */
	public record Attempt(boolean allowed, Duration waitFor) {

		static Attempt go() {
			return new Attempt(true, Duration.ZERO);
		}

	}

	/** An account that is being slowed down, for the admin who may lift it. */
	public record Slowed(String account, int addresses, int failures, Instant lastAt, Instant until) {

	}

	static final int FREE_TRIES = 3;

	static final Duration FIRST_WAIT = Duration.ofSeconds(5);

	static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

	/** Failures at one account, from every address, in an hour, past which failed addresses are refused. */
	static final int ACCOUNT_CEILING = 50;

	/** A day without a failure from an address starts its count again. */
	static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);

	private final JdbcTemplate jdbc;

	private final ClinicTime time;

	SignInFailures(JdbcTemplate jdbc, ClinicTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	/**
	 * Counts a try at the account's secret from the address, before the secret is checked; answers
	 * whether it may be checked at all.
	 */
	public Attempt begin(Step step, String account, String address) {
		String who = Emails.normalise(account);
		Instant now = this.time.clock().instant();
		Integer before = this.jdbc.query("""
				select failures from sign_in_failure where step = ? and account = ? and address = ? and last_at > ?""",
				rs -> rs.next() ? rs.getInt(1) : 0, step.name(), who, address, Timestamp.from(now.minus(FORGOTTEN_AFTER)));
		if (before != null && before > 0 && recentFailures(step, who, now) >= ACCOUNT_CEILING) {
			return new Attempt(false, LONGEST_WAIT);
		}
		// counted only when no wait is due; a refused try does not lengthen the wait
		List<Integer> counted = this.jdbc.queryForList("""
				insert into sign_in_failure (step, account, address, failures, last_at) values (?, ?, ?, 1, ?)
				on conflict (step, account, address) do update
				  set failures = case when excluded.last_at >= sign_in_failure.last_at + ?::interval then 1
				                      else sign_in_failure.failures + 1 end,
				      last_at = excluded.last_at
				  where sign_in_failure.failures < ?
				     or excluded.last_at >= sign_in_failure.last_at
				          + least(?::interval, ?::interval * power(2, sign_in_failure.failures - ?))
				returning failures""", Integer.class, step.name(), who, address, Timestamp.from(now),
				interval(FORGOTTEN_AFTER), FREE_TRIES, interval(LONGEST_WAIT), interval(FIRST_WAIT), FREE_TRIES);
		if (!counted.isEmpty()) {
			return Attempt.go();
		}
		return new Attempt(false, waitLeft(step, who, address, now));
	}

	/** The secret was right: this address starts afresh at this account. */
	public void succeeded(Step step, String account, String address) {
		this.jdbc.update("delete from sign_in_failure where step = ? and account = ? and address = ?", step.name(),
				Emails.normalise(account), address);
	}

	/** Accounts being slowed down now, the most recent first. */
	public List<Slowed> slowed() {
		Instant now = this.time.clock().instant();
		return this.jdbc.query("""
				select account, count(*) as addresses, sum(failures) as failures, max(last_at) as last_at,
				       max(last_at + least(?::interval, ?::interval * power(2, failures - ?))) as until
				from sign_in_failure where failures >= ? and last_at > ?
				group by account order by max(last_at) desc""",
				(rs, row) -> new Slowed(rs.getString("account"), rs.getInt("addresses"), rs.getInt("failures"),
						rs.getTimestamp("last_at").toInstant(), rs.getTimestamp("until").toInstant()),
				interval(LONGEST_WAIT), interval(FIRST_WAIT), FREE_TRIES, FREE_TRIES,
				Timestamp.from(now.minus(FORGOTTEN_AFTER)));
	}

	/** An admin lifts the wait on an account, from every address; answers how many counts were cleared. */
	public int lift(String account) {
		return this.jdbc.update("delete from sign_in_failure where account = ?", Emails.normalise(account));
	}

	@Scheduled(fixedDelayString = "PT30M", initialDelayString = "PT2M")
	void forgetOld() {
		this.jdbc.update("delete from sign_in_failure where last_at < ?",
				Timestamp.from(this.time.clock().instant().minus(FORGOTTEN_AFTER)));
	}

	private int recentFailures(Step step, String account, Instant now) {
		Integer total = this.jdbc.queryForObject(
				"select coalesce(sum(failures), 0) from sign_in_failure where step = ? and account = ? and last_at > ?",
				Integer.class, step.name(), account, Timestamp.from(now.minus(Duration.ofHours(1))));
		return (total != null) ? total : 0;
	}

	private Duration waitLeft(Step step, String account, String address, Instant now) {
		Timestamp until = this.jdbc.query("""
				select last_at + least(?::interval, ?::interval * power(2, failures - ?)) from sign_in_failure
				where step = ? and account = ? and address = ?""", rs -> rs.next() ? rs.getTimestamp(1) : null,
				interval(LONGEST_WAIT), interval(FIRST_WAIT), FREE_TRIES, step.name(), account, address);
		if (until == null) {
			return Duration.ZERO;
		}
		Duration left = Duration.between(now, until.toInstant());
		return left.isNegative() ? Duration.ZERO : left;
	}

	private static String interval(Duration duration) {
		return duration.toSeconds() + " seconds";
	}

}
