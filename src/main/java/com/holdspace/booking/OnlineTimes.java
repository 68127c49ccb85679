package com.holdspace.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

import com.holdspace.shared.Refused;
import com.holdspace.staff.StaffDirectory;
import com.holdspace.staff.StaffMember;

/**
 * What a returning client may book themselves: the types the admin offers them online, and the free
 * times the desk would be offered for one therapist or for anyone. A client whose somatic work is on
 * hold is offered no type with touch; the booking itself refuses it again.
 */
@NamedInterface("api")
@Service
public class OnlineTimes {

	private final ClinicResources resources;

	private final Availability availability;

	private final ClientReadiness readiness;

	private final StaffDirectory staff;

	OnlineTimes(ClinicResources resources, Availability availability, ClientReadiness readiness,
			StaffDirectory staff) {
		this.resources = resources;
		this.availability = availability;
		this.readiness = readiness;
		this.staff = staff;
	}

	/** A free start, with whom. */
	@NamedInterface("api")
	public record FreeTime(long therapistId, String therapistName, Instant startsAt) {
	}

	/**
	 * The types still offered that returning clients may book online, those with touch left out
	 * while the client's somatic work is on hold.
	 */
	public List<SessionTypeView> typesForReturning(long clientId) {
		Readiness ready = this.readiness.readiness(clientId);
		return this.resources.activeSessionTypes()
			.stream()
			.filter(SessionType::isOnlineForReturning)
			.filter(type -> !ready.blocks(type))
			.map(SessionTypeView::of)
			.toList();
	}

	/** One of {@link #typesForReturning(long)}; anything else is refused as not offered. */
	public SessionTypeView typeForReturning(long clientId, long typeId) {
		return typesForReturning(clientId).stream()
			.filter(type -> type.id() == typeId)
			.findFirst()
			.orElseThrow(() -> Refused.because("portal.bookings.refused.type"));
	}

	/** Whether the client may have a session of this type at all now: no touch while somatic work is paused. */
	public boolean allowedFor(long clientId, long typeId) {
		return !this.readiness.readiness(clientId).blocks(this.resources.typeView(typeId));
	}

	/**
	 * The types this client may not have a session of now (touch, while their somatic work is
	 * paused), read once for a whole list of their sessions.
	 */
	public java.util.Set<Long> typesNotNow(long clientId) {
		// only the hold decides it: one look-up, not the whole readiness
		if (this.readiness.onHoldAmong(List.of(clientId)).isEmpty()) {
			return java.util.Set.of();
		}
		return this.resources.sessionTypes()
			.stream()
			.filter(SessionType::isInvolvesTouch)
			.map(SessionType::getId)
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	/** Whether the client asked for a therapist experienced in emotional-release work. */
	public boolean prefersExperienced(long clientId) {
		return this.readiness.readiness(clientId).isPrefersExperienced();
	}

	/**
	 * The free starts on one day for this type, with the therapist named, or with any therapist of
	 * the site ({@code siteId}, or every site when null) when {@code therapistId} is null: then each
	 * start is listed once, an experienced therapist first for a client who asked for one.
	 * {@code moving} is a booking whose own time counts as free.
	 */
	public List<FreeTime> freeTimes(long typeId, Long therapistId, Long siteId, LocalDate day, Long moving,
			boolean experiencedFirst) {
		// from memory, as the calendars read it: the page costs the day's bookings and rooms, no more
		SessionType type = this.resources.sessionTypes(List.of(typeId)).get(typeId);
		if (type == null) {
			type = this.resources.sessionType(typeId);
		}
		List<StaffMember> therapists = ((siteId != null) ? this.staff.activeTherapists(siteId)
				: this.staff.activeTherapists())
			.stream()
			.filter(member -> therapistId == null || member.id() == therapistId)
			.sorted(Comparator.comparing((StaffMember member) -> experiencedFirst && !member.experiencedInRelease()))
			.toList();
		Map<Instant, FreeTime> byStart = new LinkedHashMap<>();
		for (StaffMember therapist : therapists) {
			for (Slot slot : this.availability.freeSlots(therapist.id(), type, day, day, null, moving)) {
				byStart.putIfAbsent(slot.startsAt(),
						new FreeTime(therapist.id(), therapist.displayName(), slot.startsAt()));
			}
		}
		List<FreeTime> times = new ArrayList<>(byStart.values());
		times.sort(Comparator.comparing(FreeTime::startsAt));
		return times;
	}

}
