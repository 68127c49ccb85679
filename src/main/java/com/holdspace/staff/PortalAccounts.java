package com.holdspace.staff;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.shared.Refused;

/** Portal logins, each tied to one client record, so a client only ever sees their own. */
@NamedInterface("api")
@Service
@Transactional
public class PortalAccounts {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	PortalAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	/** The email a client signs in to the portal with, if they have a login. */
	@Transactional(readOnly = true)
	public java.util.Optional<String> loginOf(long clientId) {
		return this.accounts.findByClientId(clientId).map(Account::getEmail);
	}

	/** Whether this email already signs someone in, whatever its case. */
	@Transactional(readOnly = true)
	public boolean emailTaken(String email) {
		return this.accounts.existsByEmail(email);
	}

	public long open(String email, String displayName, String password, long clientId) {
		if (this.accounts.existsByEmail(email)) {
			throw Refused.because("staff.error.emailTaken");
		}
		var account = Account.client(email, displayName, this.passwordEncoder.encode(password), clientId);
		return this.accounts.saveAndFlush(account).getId();
	}

}
