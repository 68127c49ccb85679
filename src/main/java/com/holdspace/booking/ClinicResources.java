package com.holdspace.booking;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.model.NotFoundException;

/** Rooms, session types, working hours and time off: what bookings are made of. */
@Service
@Transactional(readOnly = true)
public class ClinicResources {

	private final RoomRepository rooms;

	private final SessionTypeRepository types;

	private final WorkingHoursRepository hours;

	private final TimeOffRepository timeOff;

	ClinicResources(RoomRepository rooms, SessionTypeRepository types, WorkingHoursRepository hours,
			TimeOffRepository timeOff) {
		this.rooms = rooms;
		this.types = types;
		this.hours = hours;
		this.timeOff = timeOff;
	}

	public List<Room> rooms() {
		return this.rooms.findAllByOrderByName();
	}

	public List<Room> activeRooms() {
		return this.rooms.findByActiveTrueOrderByName();
	}

	/** The rooms of one site offered for new bookings, by name. */
	public List<Room> activeRooms(long siteId) {
		return this.rooms.findBySiteIdAndActiveTrueOrderByName(siteId);
	}

	/** The site a room stands at; empty for a room that does not exist. */
	public Optional<Long> siteOfRoom(long id) {
		return this.rooms.findById(id).map(Room::getSiteId);
	}

	/** The names of these rooms, for lists that show a few. */
	public Map<Long, String> roomNames(Collection<Long> ids) {
		return this.rooms.findEvery(ids).stream().collect(Collectors.toMap(Room::getId, Room::getName));
	}

	public Room room(long id) {
		return this.rooms.findById(id).orElseThrow(() -> new NotFoundException("Room", id));
	}

	public List<SessionType> sessionTypes() {
		return this.types.findAllByOrderBySortOrderAscNameAsc();
	}

	public List<SessionType> activeSessionTypes() {
		return this.types.findByActiveTrueOrderBySortOrderAscNameAsc();
	}

	public SessionType sessionType(long id) {
		return this.types.findById(id).orElseThrow(() -> new NotFoundException("Session type", id));
	}

	public List<WorkingHours> workingHours(long therapistId) {
		return this.hours.findByTherapistIdOrderByDayOfWeekAscStartsAsc(therapistId);
	}

	/** The working hours of all these therapists, in one query. */
	public List<WorkingHours> workingHours(Collection<Long> therapistIds) {
		return therapistIds.isEmpty() ? List.of() : this.hours.findByTherapistIdIn(therapistIds);
	}

	public List<TimeOff> upcomingTimeOff(long therapistId, LocalDate from) {
		return this.timeOff.upcoming(therapistId, from);
	}

	/** Time off from the given day on, for all these therapists, in one query. */
	public List<TimeOff> upcomingTimeOff(Collection<Long> therapistIds, LocalDate from) {
		return therapistIds.isEmpty() ? List.of() : this.timeOff.upcomingFor(therapistIds, from);
	}

	public List<TimeOff> timeOff(long therapistId, LocalDate from, LocalDate to) {
		return this.timeOff.overlapping(therapistId, from, to);
	}

}
