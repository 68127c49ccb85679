package com.holdspace.intake;

/** A stop signal is a single word or a single gesture, never both. */
public enum StopSignalKind {

	WORD, GESTURE

}
