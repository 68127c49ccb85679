package com.holdspace.intake;

import java.time.Instant;

/** The result of an autosave: when, and the draft's new version. */
record DraftSaved(Instant savedAt, int draftVersion) {
}
