package com.holdspace.session;

import org.springframework.modulith.NamedInterface;

/** What one tap during a session records. */
@NamedInterface("api")
public enum EntryKind {

	/** A block of touch: region, technique, pressure and minutes. */
	TOUCH,

	/** A pause, and why. */
	PAUSE,

	/** Something the body or the client showed (crying, trembling, the stop signal, ...). */
	EVENT,

	/** What the therapist did in response. */
	RESPONSE,

	/** The client's sensations in their own words. */
	WORDS,

	/** The client withdrew consent to touch on a region for the rest of the session. */
	WITHDRAWAL,

	/** A mistaken tap struck out; the tap stays in the record beside it. */
	STRUCK,

	/** The client allowed a withdrawn region again, in their own words. */
	RETURNED

}
