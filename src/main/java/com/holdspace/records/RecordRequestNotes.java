package com.holdspace.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.holdspace.booking.CalendarNotes;
import com.holdspace.shared.ClinicTime;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.Role;

/**
 * Clients in the therapist's care waiting for a copy of their record, as a line on the therapist's
 * day: how many, the first due date, and how many are overdue, which makes the line urgent. It
 * stands on today and the days just ahead (a calendar opened late in the evening opens on the next
 * working day), never on days gone. The therapist themself and admin see it; the desk never does.
 */
@Component
class RecordRequestNotes implements CalendarNotes {

	/** How many days ahead the line still stands. */
	static final int SHOWN_AHEAD = 14;

	private final RecordRequests requests;

	private final MessageSource messages;

	private final ClinicTime time;

	RecordRequestNotes(RecordRequests requests, MessageSource messages, ClinicTime time) {
		this.requests = requests;
		this.messages = messages;
		this.time = time;
	}

	@Override
	public List<Note> notesFor(long therapistId, LocalDate day, HoldspaceUser viewer) {
		LocalDate today = this.requests.today();
		if ((viewer.getRole() != Role.ADMIN && viewer.getAccountId() != therapistId) || day.isBefore(today)
				|| day.isAfter(today.plusDays(SHOWN_AHEAD))) {
			return List.of();
		}
		List<ExportView> open = this.requests.openInCareOf(therapistId, RecordRequestsController.SHOWN);
		if (open.isEmpty()) {
			return List.of();
		}
		long overdue = open.stream().filter(ExportView::overdue).count();
		String first = this.time.format(open.get(0).dueBy(), "d MMM yyyy");
		String text = (overdue > 0)
				? this.messages.getMessage("records.note.overdue", new Object[] { open.size(), overdue, first },
						Locale.UK)
				: this.messages.getMessage("records.note.open", new Object[] { open.size(), first }, Locale.UK);
		return List.of(new Note(text, "/record-requests", overdue > 0));
	}

}
