package com.holdspace.staff;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.FieldCipher;
import com.holdspace.shared.SecretTokens;
import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

/**
 * Staff's second factor: a six-digit code from an authenticator app (TOTP, 30-second steps, one step
 * of drift either way), or one of ten recovery codes. Each code works once: the step a code belongs
 * to is stored with a conditional update, so the same code sent twice, even at the same moment,
 * signs in once. Time is the clinic's clock.
 */
@NamedInterface("api")
@Service
@Transactional
public class SecondFactor {

	static final int PERIOD_SECONDS = 30;

	static final int RECOVERY_CODES = 10;

	/**
	 * The authenticator secrets are stored encrypted like clinical texts: a copy of the database
	 * must not hand over everyone's second factor.
	 */
	public static final String SECRET_PURPOSE = "account_totp";

	private static final String ISSUER = "Holdspace";

	private final JdbcTemplate jdbc;

	private final AccountRepository accounts;

	private final ClinicTime time;

	private final SessionTerminator sessions;

	private final CodeGenerator codes = new DefaultCodeGenerator();

	SecondFactor(JdbcTemplate jdbc, AccountRepository accounts, ClinicTime time, SessionTerminator sessions) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.time = time;
		this.sessions = sessions;
	}

	/** A new secret for an authenticator app; kept only once the person proves it with a code. */
	public static String newSecret() {
		return new DefaultSecretGenerator(32).generate();
	}

	/** The QR code an authenticator app scans, as a data: URI for an img element. */
	public static String qrCode(String email, String secret) {
		QrData data = new QrData.Builder().label(email).secret(secret).issuer(ISSUER).digits(6).period(PERIOD_SECONDS)
			.build();
		try {
			var generator = new ZxingPngQrGenerator();
			generator.setImageSize(280);
			return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
		}
		catch (QrGenerationException failed) {
			throw new IllegalStateException("The QR code could not be drawn", failed);
		}
	}

	@Transactional(readOnly = true)
	public boolean isEnrolled(long accountId) {
		return this.accounts.findById(accountId).map(Account::hasSecondFactor).orElse(false);
	}

	/**
	 * Keeps the secret once a code from it checks out, and answers the recovery codes to show once.
	 * Empty when the code is wrong. Other sign-ins of the account end: the factor has changed.
	 */
	public Optional<List<String>> enroll(long accountId, String secret, String code, String keepSessionId) {
		Optional<Long> step = matchingStep(secret, code);
		if (step.isEmpty()) {
			return Optional.empty();
		}
		Instant now = this.time.clock().instant();
		this.jdbc.update("""
				update account set totp_secret = ?, second_factor_since = ?, totp_last_step = ?, version = version + 1
				where id = ?""", FieldCipher.get().encrypt(secret, SECRET_PURPOSE), Timestamp.from(now), step.get(),
				accountId);
		List<String> recovery = newRecoveryCodes(accountId, now);
		endOtherSessions(accountId, keepSessionId);
		return Optional.of(recovery);
	}

	/**
	 * Whether the code is this account's: a TOTP code of a step not used before, or an unused
	 * recovery code (which is then used up).
	 */
	public boolean verify(long accountId, String code) {
		String typed = (code == null) ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
		if (typed.matches("\\d{6}")) {
			return secretOf(accountId).flatMap(secret -> matchingStep(secret, typed))
				.map(step -> this.jdbc.update("""
						update account set totp_last_step = ?
						where id = ? and (totp_last_step is null or totp_last_step < ?)""", step, accountId, step) == 1)
				.orElse(false);
		}
		if (typed.length() >= 8 && typed.length() <= 40) {
			return this.jdbc.update("""
					update recovery_code set used_at = ?
					where account_id = ? and code_sha256 = ? and used_at is null""",
					Timestamp.from(this.time.clock().instant()), accountId, SecretTokens.sha256(typed)) == 1;
		}
		return false;
	}

	/** Recovery codes not used yet. */
	@Transactional(readOnly = true)
	public int recoveryCodesLeft(long accountId) {
		return this.jdbc.queryForObject("select count(*) from recovery_code where account_id = ? and used_at is null",
				Integer.class, accountId);
	}

	/**
	 * Forgets the account's second factor (a lost phone): its next sign-in sets up a new one. Every
	 * sign-in of the account ends now.
	 */
	public void reset(long accountId) {
		this.jdbc.update("""
				update account set totp_secret = null, second_factor_since = null, totp_last_step = null,
				version = version + 1 where id = ?""", accountId);
		this.jdbc.update("delete from recovery_code where account_id = ?", accountId);
		this.accounts.findById(accountId).ifPresent(this.sessions::endSessionsOf);
	}

	private Optional<String> secretOf(long accountId) {
		return this.jdbc.queryForList("select totp_secret from account where id = ? and enabled", String.class, accountId)
			.stream()
			.filter(secret -> secret != null)
			.map(secret -> FieldCipher.get().decrypt(secret, SECRET_PURPOSE))
			.findFirst();
	}

	/** The time step whose code this is: this one, the one before or the one after. */
	private Optional<Long> matchingStep(String secret, String code) {
		String typed = (code == null) ? "" : code.replaceAll("\\s", "");
		if (!typed.matches("\\d{6}")) {
			return Optional.empty();
		}
		long now = this.time.clock().instant().getEpochSecond() / PERIOD_SECONDS;
		for (long step = now - 1; step <= now + 1; step++) {
			try {
				if (java.security.MessageDigest.isEqual(this.codes.generate(secret, step).getBytes(),
						typed.getBytes())) {
					return Optional.of(step);
				}
			}
			catch (CodeGenerationException failed) {
				throw new IllegalStateException(failed);
			}
		}
		return Optional.empty();
	}

	private List<String> newRecoveryCodes(long accountId, Instant now) {
		this.jdbc.update("delete from recovery_code where account_id = ?", accountId);
		List<String> fresh = Arrays.asList(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
		for (String recovery : fresh) {
			this.jdbc.update("insert into recovery_code (account_id, code_sha256, created_at) values (?, ?, ?)",
					accountId, SecretTokens.sha256(recovery.replace("-", "").toLowerCase(Locale.ROOT)),
					Timestamp.from(now));
		}
		return fresh;
	}

	private void endOtherSessions(long accountId, String keepSessionId) {
		this.accounts.findById(accountId).ifPresent(account -> this.sessions.endSessionsOf(account, keepSessionId));
	}

}
