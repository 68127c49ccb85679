package com.holdspace.staff;

import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.shared.ConstraintNames;
import com.holdspace.shared.NotFoundException;
import com.holdspace.shared.Refused;
import com.holdspace.site.Sites;

/**
 * Staff accounts as the admin runs them. Every change that takes rights away ends the account's
 * open sessions, and the clinic can never be left without an enabled admin.
 */
@NamedInterface("api")
@Service
@Transactional
public class StaffService {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final SessionTerminator sessionTerminator;

	private final Sites sites;

	StaffService(AccountRepository accounts, PasswordEncoder passwordEncoder, SessionTerminator sessionTerminator,
			Sites sites) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.sessionTerminator = sessionTerminator;
		this.sites = sites;
	}

	@Transactional(readOnly = true)
	public List<Account> staff() {
		return this.accounts.findAllByRoleIn(Role.STAFF);
	}

	@Transactional(readOnly = true)
	public Account get(long id) {
		return this.accounts.findById(id)
			.filter(account -> account.getRole().isStaff())
			.orElseThrow(() -> new NotFoundException("Staff account", id));
	}

	@Transactional(readOnly = true)
	public boolean emailTaken(String email) {
		return this.accounts.existsByEmail(email.strip());
	}

	public Account create(NewStaffForm form) {
		return open(form.getEmail(), form.getDisplayName(), form.getPassword(), form.getRole(), form.getSiteId());
	}

	/** Opens a staff account at the default site; the email must not be in use by any account. */
	public Account open(String email, String displayName, String password, Role role) {
		return open(email, displayName, password, role, null);
	}

	/** Opens a staff account at the given site (the default one if none); the email must be unused. */
	public Account open(String email, String displayName, String password, Role role, Long siteId) {
		if (emailTaken(email)) {
			throw Refused.because("staff.error.emailTaken");
		}
		var account = Account.staff(email, displayName, this.passwordEncoder.encode(password), role,
				this.sites.activeOrDefault(siteId));
		return this.accounts.saveAndFlush(account);
	}

	/**
	 * Moves a staff member to another site. A therapist's bookings already made stay where they
	 * are; new ones take rooms at the new site.
	 */
	/** Marks a staff member as experienced in emotional-release work, or not. */
	public void markExperienced(long id, boolean experienced) {
		get(id).markExperiencedInRelease(experienced);
	}

	public void moveToSite(long id, long siteId) {
		Account account = get(id);
		if (account.getSiteId() != null && account.getSiteId() == siteId) {
			return;
		}
		if (!this.sites.exists(siteId)) {
			// a hand-made id no site has is refused, not read as the default site
			throw Refused.because("staff.error.siteUnknown");
		}
		account.moveTo(this.sites.activeOrDefault(siteId));
		try {
			this.accounts.flush();
		}
		catch (DataIntegrityViolationException refused) {
			if (ConstraintNames.violated(refused, "account_site_bookings_ahead")) {
				throw Refused.because("staff.error.siteBookingsAhead");
			}
			throw refused;
		}
	}

	public void changeRole(long id, Role newRole, long actingAccountId) {
		var account = get(id);
		if (account.getRole() == newRole) {
			return;
		}
		if (id == actingAccountId) {
			throw Refused.because("staff.error.ownRole");
		}
		guardLastAdmin(account);
		account.changeRole(newRole);
		this.sessionTerminator.endSessionsOf(account);
	}

	public void disable(long id, long actingAccountId) {
		var account = get(id);
		if (id == actingAccountId) {
			throw Refused.because("staff.error.disableSelf");
		}
		guardLastAdmin(account);
		account.disable();
		this.sessionTerminator.endSessionsOf(account);
	}

	public void enable(long id) {
		get(id).enable();
	}

	public void resetPassword(long id, String newPassword) {
		var account = get(id);
		account.changePasswordHash(this.passwordEncoder.encode(newPassword));
		this.sessionTerminator.endSessionsOf(account);
	}

	/** One's own new password: every other session of the account ends, this one stays. */
	public void changeOwnPassword(long id, String newPassword, String keepSessionId) {
		// staff and clients alike: anyone signed in changes their own
		var account = this.accounts.findById(id).orElseThrow(() -> new NotFoundException("Account", id));
		account.changePasswordHash(this.passwordEncoder.encode(newPassword));
		this.sessionTerminator.endSessionsOf(account, keepSessionId);
	}

	/** The account's signed-in sessions, for the admin. */
	@Transactional(readOnly = true)
	public List<OpenSession> sessionsOf(long id) {
		return this.sessionTerminator.sessionsOf(get(id));
	}

	/** Ends one of the account's sessions (by its key), or all of them when the key is null. */
	public void endSessions(long id, String key) {
		var account = get(id);
		if (key == null) {
			this.sessionTerminator.endSessionsOf(account);
		}
		else if (!this.sessionTerminator.end(account, key)) {
			throw Refused.because("staff.error.sessionGone");
		}
	}

	/**
	 * Whether the password is this enabled account's own: to take a tablet back from a client, or
	 * before changing one's own password.
	 */
	@Transactional(readOnly = true)
	public boolean passwordMatches(long accountId, String password) {
		return this.accounts.findById(accountId)
			.filter(Account::isEnabled)
			.map(account -> this.passwordEncoder.matches(password, account.getPasswordHash()))
			.orElse(false);
	}

	private void guardLastAdmin(Account account) {
		if (account.isAdmin() && account.isEnabled() && this.accounts.lockEnabledByRole(Role.ADMIN).size() <= 1) {
			throw Refused.because("staff.error.lastAdmin");
		}
	}

}
