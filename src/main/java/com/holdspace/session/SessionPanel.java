package com.holdspace.session;

import java.util.Map;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

import com.holdspace.staff.HoldspaceUser;

/**
 * A panel another feature adds to a session's page (the aftercare plan handed over at the end).
 * Read in the page's own read-only transaction; each panel decides what the viewer may see.
 */
@NamedInterface("api")
public interface SessionPanel {

	/** Lower comes first on the page. */
	int order();

	Optional<Panel> panelFor(SessionView session, HoldspaceUser viewer);

	/** A template holding a {@code panel(data)} fragment, and the data it shows. */
	record Panel(String template, Map<String, Object> data) {
	}

}
