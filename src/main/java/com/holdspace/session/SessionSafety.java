package com.holdspace.session;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.holdspace.intake.BodyRegion;
import com.holdspace.intake.CheckInFrequency;

/**
 * What the session so far allows next, read from its entries in the order they were recorded. A
 * rule, once something sets it off, holds until an entry says why it ends:
 * <ul>
 * <li>the stop signal, or the therapist stopping, holds touch until the client has been asked
 * whether to go on and has answered;</li>
 * <li>signs of dissociation or memories surfacing hold touch until the client has been grounded
 * and asked;</li>
 * <li>"end here" ends touch for the session, and "go on more gently" rules out firm pressure for
 * the rest of it;</li>
 * <li>a region withdrawn stays avoided until the client allows it again, in their own words.</li>
 * </ul>
 * A tap that was struck out counts for nothing, except that a withdrawal cannot be struck out.
 */
public final class SessionSafety {

	/** What the therapist is asked to do before the next block of touch. */
	public enum Waiting {

		/** Touch may go on. */
		NOTHING,

		/** Ask the client whether to go on, and record the answer. */
		ASK,

		/** Ground the client, then ask whether to go on. */
		GROUND_AND_ASK,

		/** Ground the client: they have already been asked. */
		GROUND,

		/** The client asked to end here: no more touch this session. */
		ENDED

	}

	private final Set<Long> struck;

	private final Set<BodyRegion> withdrawn;

	private final boolean needsAsking;

	private final boolean needsGrounding;

	private final boolean ended;

	private final boolean gentler;

	private final int touchMinutes;

	private final List<SessionEntry> standing;

	private SessionSafety(Set<Long> struck, Set<BodyRegion> withdrawn, boolean needsAsking, boolean needsGrounding,
			boolean ended, boolean gentler, int touchMinutes, List<SessionEntry> standing) {
		this.struck = struck;
		this.withdrawn = withdrawn;
		this.needsAsking = needsAsking;
		this.needsGrounding = needsGrounding;
		this.ended = ended;
		this.gentler = gentler;
		this.touchMinutes = touchMinutes;
		this.standing = standing;
	}

	/** Reads the entries, oldest first. */
	static SessionSafety of(List<SessionEntry> entries) {
		Set<Long> struck = new HashSet<>();
		for (SessionEntry entry : entries) {
			if (entry.getKind() == EntryKind.STRUCK) {
				struck.add(entry.getCorrectsEntryId());
			}
		}
		Set<BodyRegion> withdrawn = EnumSet.noneOf(BodyRegion.class);
		boolean asking = false;
		boolean grounding = false;
		boolean ended = false;
		boolean gentler = false;
		int minutes = 0;
		List<SessionEntry> standing = new ArrayList<>();
		for (SessionEntry entry : entries) {
			if (entry.getKind() == EntryKind.STRUCK || struck.contains(entry.getId())) {
				continue;
			}
			standing.add(entry);
			switch (entry.getKind()) {
				case TOUCH -> minutes += entry.getMinutes();
				case WITHDRAWAL -> withdrawn.add(entry.getRegion());
				case RETURNED -> withdrawn.remove(entry.getRegion());
				case EVENT -> {
					if (entry.getEvent() == ReleaseEvent.STOP_SIGNAL_USED) {
						asking = true;
					}
					if (entry.getEvent().needsGrounding()) {
						asking = true;
						grounding = true;
					}
				}
				case RESPONSE -> {
					switch (entry.getAction()) {
						case STOPPED -> asking = true;
						case GROUNDING -> grounding = false;
						case ASKED_WHETHER_TO_CONTINUE -> {
							asking = false;
							ended |= entry.getAnswer() == ContinueAnswer.END_HERE;
							gentler |= entry.getAnswer() == ContinueAnswer.GO_ON_GENTLER;
						}
						default -> {
						}
					}
				}
				default -> {
				}
			}
		}
		return new SessionSafety(struck, withdrawn, asking, grounding, ended, gentler, minutes, standing);
	}

	public Waiting waiting() {
		if (this.ended) {
			return Waiting.ENDED;
		}
		if (this.needsGrounding) {
			return this.needsAsking ? Waiting.GROUND_AND_ASK : Waiting.GROUND;
		}
		return this.needsAsking ? Waiting.ASK : Waiting.NOTHING;
	}

	/** Why a block of touch must wait now, if it must: a message code. */
	Optional<String> touchRefusal(BlockPressure pressure) {
		return switch (waiting()) {
			case ENDED -> Optional.of("session.refused.ended");
			case GROUND_AND_ASK, GROUND -> Optional.of("session.refused.groundFirst");
			case ASK -> Optional.of("session.refused.askFirst");
			case NOTHING -> (this.gentler && pressure == BlockPressure.FIRM)
					? Optional.of("session.refused.gentler") : Optional.empty();
		};
	}

	public boolean isStruck(SessionEntry entry) {
		return this.struck.contains(entry.getId());
	}

	/** Regions withdrawn during this session and not allowed again since. */
	public Set<BodyRegion> withdrawn() {
		return this.withdrawn;
	}

	/** The client asked to go on more gently: firm pressure is ruled out for the rest of the session. */
	public boolean isGentler() {
		return this.gentler;
	}

	/** Minutes of touch that stand (struck-out blocks do not count). */
	public int touchMinutes() {
		return this.touchMinutes;
	}

	/** The entries that stand, oldest first: none struck out, no strike-outs. */
	List<SessionEntry> standing() {
		return this.standing;
	}

	/**
	 * Whether it is time to pause and invite the client's feedback, at the cadence they chose at
	 * intake: a pause, their words or asking whether to go on count as feedback. A prompt, not a
	 * rule: touch is not held for it. Answers a message code.
	 */
	public Optional<String> feedbackDue(CheckInFrequency cadence, Integer bookedMinutes) {
		if (cadence == null || cadence == CheckInFrequency.ONLY_IF_I_SIGNAL) {
			return Optional.empty();
		}
		int sinceFeedback = 0;
		int total = 0;
		boolean middleDue = false;
		boolean touchedSinceFeedback = false;
		int middle = (bookedMinutes != null) ? bookedMinutes / 2 : 30;
		for (SessionEntry entry : this.standing) {
			if (entry.getKind() == EntryKind.TOUCH) {
				sinceFeedback += entry.getMinutes();
				touchedSinceFeedback = true;
				middleDue |= total < middle && total + entry.getMinutes() >= middle;
				total += entry.getMinutes();
			}
			else if (isFeedback(entry)) {
				sinceFeedback = 0;
				touchedSinceFeedback = false;
				middleDue = false;
			}
		}
		boolean due = switch (cadence) {
			case EVERY_FEW_MINUTES -> sinceFeedback >= FEW_MINUTES;
			case EACH_NEW_AREA -> touchedSinceFeedback;
			case START_MIDDLE_END -> middleDue;
			case ONLY_IF_I_SIGNAL -> false;
		};
		return due ? Optional.of("session.feedback." + cadence) : Optional.empty();
	}

	/** Minutes of touch after which "every few minutes" asks for a pause. */
	static final int FEW_MINUTES = 10;

	private static boolean isFeedback(SessionEntry entry) {
		return entry.getKind() == EntryKind.PAUSE || entry.getKind() == EntryKind.WORDS
				|| (entry.getKind() == EntryKind.RESPONSE && (entry.getAction() == TherapistAction.ASKED_WHETHER_TO_CONTINUE
						|| entry.getAction() == TherapistAction.PAUSED));
	}

	/**
	 * Whether a tap may be struck out: not one that set a safety rule going (a withdrawal, the stop
	 * signal, signs that call for grounding, stopping, "end here" or "more gently"), nor one that
	 * ended a withdrawal, nor a strike-out, nor one already struck out. PostgreSQL holds the same.
	 */
	public boolean mayStrike(SessionEntry entry) {
		if (isStruck(entry)) {
			return false;
		}
		return switch (entry.getKind()) {
			case WITHDRAWAL, RETURNED, STRUCK -> false;
			case EVENT -> !entry.getEvent().isAlarm();
			case RESPONSE -> entry.getAction() != TherapistAction.STOPPED && (entry.getAnswer() == null
					|| entry.getAnswer() == ContinueAnswer.GO_ON);
			default -> true;
		};
	}

}
