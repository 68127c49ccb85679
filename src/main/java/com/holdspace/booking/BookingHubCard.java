package com.holdspace.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.holdspace.client.ClientHubCard;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.StaffDirectory;
import com.holdspace.shared.ClinicTime;

/**
 * The client's sessions on their page, with a way to book the next one. The front desk and admin
 * see every session; a therapist sees their own sessions with the client only, as on their calendar:
 * a colleague's times are not theirs to know (the signed records of past sessions are clinical
 * history, and clinical staff read those on the session timeline).
 */
@Component
class BookingHubCard implements ClientHubCard {

	private static final int PAST_SHOWN = 3;

	private final BookingCardLines lines;

	private final ClinicResources resources;

	private final StaffDirectory staff;

	private final ClinicTime clinicTime;

	BookingHubCard(BookingCardLines lines, ClinicResources resources, StaffDirectory staff, ClinicTime clinicTime) {
		this.lines = lines;
		this.resources = resources;
		this.staff = staff;
		this.clinicTime = clinicTime;
	}

	@Override
	public int order() {
		return 5;
	}

	@Override
	public Optional<Card> cardFor(long clientId, Reader viewer) {
		if (!(viewer.principal() instanceof HoldspaceUser user) || !user.getRole().isStaff()) {
			return Optional.empty();
		}
		boolean ownOnly = BookingAccess.isTherapist(user);
		Instant startOfToday = LocalDate.now(this.clinicTime.clock()).atStartOfDay(this.clinicTime.zone()).toInstant();
		List<BookingCardLines.Row> rows = this.lines.lines(clientId, ownOnly ? user.getAccountId() : 0, startOfToday,
				PAST_SHOWN);
		Map<Long, SessionType> types = this.resources
			.sessionTypes(rows.stream().map(BookingCardLines.Row::sessionTypeId).collect(Collectors.toSet()));
		Map<Long, String> therapists = this.staff
			.displayNames(rows.stream().map(BookingCardLines.Row::therapistId).collect(Collectors.toSet()));
		List<Line> upcoming = new ArrayList<>();
		List<Line> past = new ArrayList<>();
		for (BookingCardLines.Row row : rows) {
			String when = this.clinicTime.dateTime(row.startsAt());
			SessionType type = types.get(row.sessionTypeId());
			String typeName = (type != null) ? type.getName() : "";
			if (row.upcoming()) {
				String therapist = therapists.getOrDefault(row.therapistId(), "");
				upcoming.add(new Line(row.id(), when + " · " + typeName + " · " + therapist, row.status()));
			}
			else {
				past.add(new Line(row.id(), when + " · " + typeName, row.status()));
			}
		}
		return Optional.of(new Card("booking/hub-card",
				Map.of("clientId", clientId, "upcoming", upcoming, "past", past, "ownOnly", ownOnly)));
	}

	/** One session on the card, its words made here rather than in the template. */
	record Line(long id, String text, BookingStatus status) {

		public String statusKey() {
			return "booking.status." + this.status.name();
		}

	}

}
