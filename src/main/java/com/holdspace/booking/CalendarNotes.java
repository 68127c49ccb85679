package com.holdspace.booking;

import java.time.LocalDate;
import java.util.List;

import org.springframework.modulith.NamedInterface;

import com.holdspace.staff.HoldspaceUser;

/**
 * Tasks another feature puts on a therapist's day (an aftercare follow-up), shown in the day view.
 * Each decides what the viewer may see.
 */
@NamedInterface("api")
public interface CalendarNotes {

	List<Note> notesFor(long therapistId, LocalDate day, HoldspaceUser viewer);

	/** A line on the day, in words, and where it leads; an urgent one goes first, marked. */
	record Note(String text, String href, boolean urgent) {

		public Note(String text, String href) {
			this(text, href, false);
		}

	}

}
