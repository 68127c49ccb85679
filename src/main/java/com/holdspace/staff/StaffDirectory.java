package com.holdspace.staff;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only view of the staff for other features, e.g. choosing a preferred therapist. */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

	private final AccountRepository accounts;

	StaffDirectory(AccountRepository accounts) {
		this.accounts = accounts;
	}

	/** Therapists who can currently be booked or chosen, by name. */
	public List<StaffMember> activeTherapists() {
		return this.accounts.findByRoleAndEnabledTrueOrderByDisplayName(Role.THERAPIST)
			.stream()
			.map(StaffMember::of)
			.toList();
	}

	/** The therapists of one site who can currently be booked, by name. */
	public List<StaffMember> activeTherapists(long siteId) {
		return this.accounts.findBySiteIdAndRoleAndEnabledTrueOrderByDisplayName(siteId, Role.THERAPIST)
			.stream()
			.map(StaffMember::of)
			.toList();
	}

	/** A staff member's home site; empty for an account that is not staff. */
	public Optional<Long> siteOf(long accountId) {
		return Optional.ofNullable(this.accounts.siteOf(accountId));
	}

	public Optional<StaffMember> find(long accountId) {
		return this.accounts.findById(accountId).filter(a -> a.getRole().isStaff()).map(StaffMember::of);
	}

	/** Display names of the given staff, for lists that show many at once. */
	public Map<Long, String> displayNames(Collection<Long> ids) {
		return this.accounts.findEvery(ids)
			.stream()
			.collect(Collectors.toMap(Account::getId, Account::getDisplayName));
	}

	public boolean isActiveTherapist(long accountId) {
		return this.accounts.findById(accountId)
			.filter(a -> a.getRole() == Role.THERAPIST && a.isEnabled())
			.isPresent();
	}

}
