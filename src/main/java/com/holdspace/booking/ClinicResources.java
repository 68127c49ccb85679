package com.holdspace.booking;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.shared.NotFoundException;
import com.holdspace.shared.ReferenceData;

/** Rooms, session types, working hours and time off: what bookings are made of. */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class ClinicResources {

	private final RoomRepository rooms;

	private final SessionTypeRepository types;

	private final WorkingHoursRepository hours;

	private final TimeOffRepository timeOff;

	private final ReferenceData kept;

	ClinicResources(RoomRepository rooms, SessionTypeRepository types, WorkingHoursRepository hours,
			TimeOffRepository timeOff, ReferenceData kept) {
		this.rooms = rooms;
		this.types = types;
		this.hours = hours;
		this.timeOff = timeOff;
		this.kept = kept;
	}

	/** Every room, by name, kept in memory; the lists below are cut from it. */
	public List<Room> rooms() {
		return this.kept.get(ReferenceData.ROOMS, "all", () -> List.copyOf(this.rooms.findAllByOrderByName()));
	}

	public List<Room> activeRooms() {
		return rooms().stream().filter(Room::isActive).toList();
	}

	/** The rooms of one site offered for new bookings, by name. */
	public List<Room> activeRooms(long siteId) {
		return rooms().stream().filter(room -> room.isActive() && room.getSiteId() == siteId).toList();
	}

	/** The site a room stands at; empty for a room that does not exist. */
	public Optional<Long> siteOfRoom(long id) {
		return this.rooms.findById(id).map(Room::getSiteId);
	}

	/** The names of these rooms, for lists that show a few. */
	public Map<Long, String> roomNames(Collection<Long> ids) {
		return rooms().stream()
			.filter(room -> ids.contains(room.getId()))
			.collect(Collectors.toMap(Room::getId, Room::getName));
	}

	public Room room(long id) {
		return this.rooms.findById(id).orElseThrow(() -> new NotFoundException("Room", id));
	}

	/** A session type as other modules see it, from memory. */
	public SessionTypeView typeView(long id) {
		return sessionTypes().stream()
			.filter(type -> type.getId() == id)
			.findFirst()
			.map(SessionTypeView::of)
			.orElseGet(() -> SessionTypeView.of(sessionType(id)));
	}

	/** The session types still offered, as other modules see them, in the clinic's order. */
	public List<SessionTypeView> activeTypeViews() {
		return activeSessionTypes().stream().map(SessionTypeView::of).toList();
	}

	/** Every session type's name by its id, offered or not. */
	public Map<Long, String> typeNames() {
		return sessionTypes().stream().collect(Collectors.toMap(SessionType::getId, SessionType::getName));
	}

	/** The name of one room, active or not. */
	public String roomName(long id) {
		// from memory; the database only for a room the list kept in memory does not know yet
		String kept = roomNames(java.util.Set.of(id)).get(id);
		return (kept != null) ? kept : room(id).getName();
	}

	/** Every session type in the order the clinic lists them, kept in memory. */
	public List<SessionType> sessionTypes() {
		return this.kept.get(ReferenceData.SESSION_TYPES, "all",
				() -> List.copyOf(this.types.findAllByOrderBySortOrderAscNameAsc()));
	}

	public List<SessionType> activeSessionTypes() {
		return sessionTypes().stream().filter(SessionType::isActive).toList();
	}

	/** The session types of these ids, from memory. */
	public Map<Long, SessionType> sessionTypes(Collection<Long> ids) {
		return sessionTypes().stream()
			.filter(type -> ids.contains(type.getId()))
			.collect(Collectors.toMap(SessionType::getId, type -> type));
	}

	public SessionType sessionType(long id) {
		return this.types.findById(id).orElseThrow(() -> new NotFoundException("Session type", id));
	}

	/** The therapist's working week, by day and start, kept in memory. */
	public List<WorkingHours> workingHours(long therapistId) {
		return this.kept.get(ReferenceData.WORKING_HOURS, therapistId,
				() -> List.copyOf(this.hours.findByTherapistIdOrderByDayOfWeekAscStartsAsc(therapistId)));
	}

	/** The working hours of all these therapists, from memory. */
	public List<WorkingHours> workingHours(Collection<Long> therapistIds) {
		return therapistIds.stream().flatMap(id -> workingHours(id).stream()).toList();
	}

	public List<TimeOff> upcomingTimeOff(long therapistId, LocalDate from) {
		return timeOffOf(therapistId).stream().filter(off -> !off.getLastDay().isBefore(from)).toList();
	}

	/** Time off from the given day on, for all these therapists, from memory. */
	public List<TimeOff> upcomingTimeOff(Collection<Long> therapistIds, LocalDate from) {
		return therapistIds.stream().flatMap(id -> upcomingTimeOff(id, from).stream()).toList();
	}

	/** The therapist's time off that touches the days from {@code from} to {@code to}, earliest first. */
	public List<TimeOff> timeOff(long therapistId, LocalDate from, LocalDate to) {
		return timeOffOf(therapistId).stream()
			.filter(off -> !off.getLastDay().isBefore(from) && !off.getFirstDay().isAfter(to))
			.toList();
	}

	/** All of a therapist's time off, earliest first: a few spans a year, kept in memory. */
	private List<TimeOff> timeOffOf(long therapistId) {
		return this.kept.get(ReferenceData.TIME_OFF, therapistId,
				() -> List.copyOf(this.timeOff.findByTherapistIdOrderByFirstDay(therapistId)));
	}

}
