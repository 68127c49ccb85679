package com.holdspace.staff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.shared.ReferenceData;

/**
 * Read-only view of the staff for other features, e.g. choosing a preferred therapist. Every staff
 * member is kept in memory (a clinic has tens, a chain hundreds), so a page that names therapists
 * reads no accounts.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

	private final AccountRepository accounts;

	private final ReferenceData kept;

	StaffDirectory(AccountRepository accounts, ReferenceData kept) {
		this.accounts = accounts;
		this.kept = kept;
	}

	/** Therapists who can currently be booked or chosen, by name. */
	public List<StaffMember> activeTherapists() {
		return everyone().stream()
			.filter(entry -> entry.enabled() && entry.member().role() == Role.THERAPIST)
			.map(Entry::member)
			.toList();
	}

	/** The therapists of one site who can currently be booked, by name. */
	public List<StaffMember> activeTherapists(long siteId) {
		return activeTherapists().stream().filter(member -> Long.valueOf(siteId).equals(member.siteId())).toList();
	}

	/** A staff member's home site; empty for an account that is not staff. */
	public Optional<Long> siteOf(long accountId) {
		return byId().map(all -> all.get(accountId)).map(entry -> entry.member().siteId());
	}

	public Optional<StaffMember> find(long accountId) {
		return byId().map(all -> all.get(accountId)).map(Entry::member);
	}

	/** Display names of the given staff, for lists that show many at once. */
	public Map<Long, String> displayNames(Collection<Long> ids) {
		Map<Long, Entry> all = everyoneById();
		Map<Long, String> names = new HashMap<>();
		List<Long> others = new ArrayList<>();
		for (Long id : ids) {
			Entry entry = all.get(id);
			if (entry != null) {
				names.put(id, entry.member().displayName());
			}
			else {
				others.add(id);
			}
		}
		// an account that is not staff (a client's own login, say) is read as before
		this.accounts.findEvery(others).forEach(account -> names.put(account.getId(), account.getDisplayName()));
		return names;
	}

	public boolean isActiveTherapist(long accountId) {
		Entry entry = everyoneById().get(accountId);
		return entry != null && entry.enabled() && entry.member().role() == Role.THERAPIST;
	}

	private Optional<Map<Long, Entry>> byId() {
		return Optional.of(everyoneById());
	}

	private Map<Long, Entry> everyoneById() {
		return kept().byId();
	}

	private List<Entry> everyone() {
		return kept().all();
	}

	private Kept kept() {
		return this.kept.get(ReferenceData.STAFF, "all", () -> {
			List<Entry> all = this.accounts.findAllByRoleInOrderByDisplayName(Role.STAFF)
				.stream()
				.map(account -> new Entry(StaffMember.of(account), account.isEnabled()))
				.toList();
			return new Kept(all, all.stream().collect(Collectors.toUnmodifiableMap(entry -> entry.member().id(), entry -> entry)));
		});
	}

	private record Entry(StaffMember member, boolean enabled) {
	}

	/** Every staff account, switched off or not, by name and by id. */
	private record Kept(List<Entry> all, Map<Long, Entry> byId) {
	}

}
