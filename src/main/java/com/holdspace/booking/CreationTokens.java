package com.holdspace.booking;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The records recent forms created, by their creation token, so a double-tapped "Save" answers
 * with the record the first tap made instead of a "name already used" message. Rooms and session
 * types have unique names, so two taps can never make two records; this only makes the second tap
 * look like the first. Kept in memory: enough for one browser talking to one server.
 */
@Component
class CreationTokens {

	private static final int REMEMBERED = 500;

	private final Map<String, Long> created = new LinkedHashMap<>(64, 0.75f, false) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
			return size() > REMEMBERED;
		}

	};

	synchronized Optional<Long> find(String kind, UUID token) {
		return Optional.ofNullable(this.created.get(key(kind, token)));
	}

	/** Called inside the creating transaction, before it commits, so a racing tap finds it. */
	synchronized void remember(String kind, UUID token, long id) {
		this.created.put(key(kind, token), id);
	}

	private static String key(String kind, UUID token) {
		return kind + ":" + token;
	}

}
