package com.holdspace.staff;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.FieldCipher;
import com.holdspace.shared.SecretTokens;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;

/**
 * The demo clinic's staff have their second factor set up already, with one published key that any
 * authenticator app (or {@code oathtool --totp -b KEY}) turns into codes, and three fresh recovery
 * codes each, printed at every start. Only in the {@code demo} profile: nowhere else is a second
 * factor set up without its owner proving it.
 */
@Component
@Profile("demo")
@Order(11)
class DemoSecondFactors implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoSecondFactors.class);

	/** Published in the README: the demo is not a place for real clinical data. */
	static final String DEMO_KEY = "HOLDSPACEDEMOKEYHOLDSPACEDEMOKEY";

	private static final int CODES_EACH = 3;

	private final JdbcTemplate jdbc;

	private final ClinicTime time;

	DemoSecondFactors(JdbcTemplate jdbc, ClinicTime time) {
		this.jdbc = jdbc;
		this.time = time;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		var now = Timestamp.from(this.time.clock().instant());
		List<String> staff = this.jdbc.queryForList(
				"select email from account where role <> 'CLIENT' and email like '%@holdspace.demo' order by id",
				String.class);
		StringBuilder printed = new StringBuilder();
		for (String email : staff) {
			long id = this.jdbc.queryForObject("select id from account where email = ?", Long.class, email);
			String stored = this.jdbc.queryForObject("select totp_secret from account where id = ?", String.class, id);
			// a demo login whose second factor someone set up anew keeps it
			if (stored == null || DEMO_KEY.equals(FieldCipher.get().decrypt(stored, SecondFactor.SECRET_PURPOSE))) {
				this.jdbc.update("""
						update account set totp_secret = ?, second_factor_since = coalesce(second_factor_since, ?)
						where id = ?""", FieldCipher.get().encrypt(DEMO_KEY, SecondFactor.SECRET_PURPOSE), now, id);
			}
			this.jdbc.update("delete from recovery_code where account_id = ?", id);
			List<String> codes = Arrays.asList(new RecoveryCodeGenerator().generateCodes(CODES_EACH));
			codes.forEach(code -> this.jdbc.update(
					"insert into recovery_code (account_id, code_sha256, created_at) values (?, ?, ?)", id,
					SecretTokens.sha256(code.replace("-", "").toLowerCase(Locale.ROOT)), now));
			printed.append(String.format("  %-28s %s%n", email, codes.stream().collect(Collectors.joining("  "))));
		}
		log.info("""

				Staff also give a second factor. The demo's authenticator key is {}
				(add it to any authenticator app, or run: oathtool --totp -b {}).
				Or use one of these recovery codes, each good once, new at every start:
				{}""", DEMO_KEY, DEMO_KEY, printed);
	}

}
