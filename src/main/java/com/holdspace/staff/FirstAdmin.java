package com.holdspace.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A new clinic's first admin. When {@code holdspace.first-admin.email} and {@code .password} are
 * set and no admin account exists yet, one is created; once any admin exists this does nothing,
 * so the settings can be removed after the first start.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final AccountRepository accounts;

	private final StaffService staffService;

	private final Environment environment;

	FirstAdmin(AccountRepository accounts, StaffService staffService, Environment environment) {
		this.accounts = accounts;
		this.staffService = staffService;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		String email = this.environment.getProperty("holdspace.first-admin.email");
		String password = this.environment.getProperty("holdspace.first-admin.password");
		if (email == null || password == null || this.accounts.countByRole(Role.ADMIN) > 0) {
			return;
		}
		if (password.length() < PasswordPolicy.MIN_LENGTH || password.length() > PasswordPolicy.MAX_LENGTH) {
			throw new IllegalStateException("holdspace.first-admin.password needs " + PasswordPolicy.MIN_LENGTH
					+ " to " + PasswordPolicy.MAX_LENGTH + " characters");
		}
		if (PasswordPolicy.isCommon(password)) {
			throw new IllegalStateException("holdspace.first-admin.password is one of the most common passwords: "
					+ "choose one nobody would guess");
		}
		String name = this.environment.getProperty("holdspace.first-admin.name", "Clinic admin");
		this.staffService.open(email, name, password, Role.ADMIN);
		log.info("Created the first admin account, {}", email);
	}

}
