package com.holdspace.booking;

import java.util.Map;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

import com.holdspace.staff.HoldspaceUser;

/**
 * A panel another feature adds to a booking's page (the session record, with what the therapist
 * must see before touch). Booking knows nothing of them; each decides what the viewer may see.
 */
@NamedInterface("api")
public interface BookingPanel {

	/** Lower comes first on the page. */
	int order();

	Optional<Panel> panelFor(BookingView booking, HoldspaceUser viewer);

	/** A template holding a {@code panel(data)} fragment, and the data it shows. */
	record Panel(String template, Map<String, Object> data) {
	}

}
