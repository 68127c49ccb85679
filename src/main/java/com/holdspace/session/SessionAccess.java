package com.holdspace.session;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;

import com.holdspace.shared.NotYoursException;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.Role;

/**
 * Who may do what with a session record. The treating therapist writes and signs it; admin reads
 * every one, and a therapist those of the clients in their care (decided before the handler runs,
 * for every audited request: see {@link com.holdspace.shared.CareRelationship}); admin may amend a
 * signed one; the front desk and clients never see one (SecurityConfig keeps them out before this
 * is asked).
 */
@NamedInterface("api")
public final class SessionAccess {

	private SessionAccess() {
	}

	public static boolean isTreating(HoldspaceUser user, SessionView session) {
		return user.getRole() == Role.THERAPIST && user.getAccountId() == session.therapistId();
	}

	static boolean isTreating(HoldspaceUser user, SessionRecord record) {
		return isTreating(user, record.view());
	}

	static boolean mayAmend(HoldspaceUser user, SessionRecord record) {
		return isTreating(user, record) || user.getRole() == Role.ADMIN;
	}

	/**
	 * Admin and the desk are refused by their role; another therapist's record is, for writing,
	 * not there at all.
	 */
	public static void requireTreating(HoldspaceUser user, SessionView session) {
		if (user.getRole() != Role.THERAPIST) {
			throw new AccessDeniedException("Only the treating therapist writes a session record");
		}
		if (!isTreating(user, session)) {
			throw new NotYoursException("Session record to write", session.id());
		}
	}

	static void requireTreating(HoldspaceUser user, SessionRecord record) {
		requireTreating(user, record.view());
	}

	static void requireMayAmend(HoldspaceUser user, SessionRecord record) {
		requireClinical(user);
		if (!mayAmend(user, record)) {
			throw new NotYoursException("Session record to amend", record.getId());
		}
	}

	public static boolean isClinical(HoldspaceUser user) {
		return user.getRole() == Role.THERAPIST || user.getRole() == Role.ADMIN;
	}

	static void requireClinical(HoldspaceUser user) {
		if (!isClinical(user)) {
			throw new AccessDeniedException("Session records are for clinical staff");
		}
	}

}
