package com.holdspace;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/**
 * The authenticator app of every test staff member: they all share one secret (set by
 * {@link Fixtures}), and this answers the code an app would show, never one already used.
 */
@Component
public class SecondFactorCodes {

	/** The key every test staff member's authenticator app holds. */
	public static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	private static volatile SecondFactorCodes instance;

	private final JdbcTemplate jdbc;

	private final TestClock clock;

	SecondFactorCodes(JdbcTemplate jdbc, TestClock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		instance = this;
	}

	/**
	 * Makes this context's codes the ones helpers use again, after a second application context
	 * (a second instance of Holdspace) made its own.
	 */
	public void useThese() {
		instance = this;
	}

	/** For helpers that are not Spring beans (a browser, an HTTP visitor). */
	public static SecondFactorCodes get() {
		return instance;
	}

	/** A code the app shows now that the account has not used: this step's or the next one's. */
	public String codeFor(String email) {
		long now = this.clock.instant().getEpochSecond() / 30;
		Long last = this.jdbc.queryForList("select totp_last_step from account where lower(email) = lower(?)",
				Long.class, email).stream().filter(step -> step != null).findFirst().orElse(null);
		long step = (last == null) ? now : Math.max(now - 1, last + 1);
		if (step > now + 1) {
			throw new IllegalStateException(email + " signed in more often than its codes allow within a minute");
		}
		return code(SECRET, step);
	}

	public static String code(String secret, long step) {
		try {
			return new DefaultCodeGenerator().generate(secret, step);
		}
		catch (CodeGenerationException failed) {
			throw new IllegalStateException(failed);
		}
	}

}
