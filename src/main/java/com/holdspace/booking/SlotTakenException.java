package com.holdspace.booking;

import java.util.List;

/**
 * Someone else holds the therapist or the room for part of the span asked for. Carries the nearest
 * free starts so the person booking can pick one at once.
 */
public class SlotTakenException extends RuntimeException {

	public enum Resource {

		THERAPIST, ROOM

	}

	private final Resource taken;

	private final List<Slot> alternatives;

	public SlotTakenException(Resource taken, List<Slot> alternatives) {
		super("The " + taken.name().toLowerCase() + " is already booked at that time");
		this.taken = taken;
		this.alternatives = List.copyOf(alternatives);
	}

	public Resource getTaken() {
		return this.taken;
	}

	public List<Slot> getAlternatives() {
		return this.alternatives;
	}

}
